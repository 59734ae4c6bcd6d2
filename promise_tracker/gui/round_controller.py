"""Qt side of an open round: signals for views, and undo/redo of answer edits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from promise_tracker.domain.entities import Answer

if TYPE_CHECKING:
    # For type hints only: importing it would load the storage layer before the first paint.
    from promise_tracker.services.round_session import RoundSession

# Edits of the same text field of the same criterion typed in a row merge into one undo step.
_MERGE_ID = 4711


class SetAnswerCommand(QUndoCommand):
    """One change of a team answer; its first redo has already been applied and saved."""

    def __init__(self, controller: RoundController, before: Answer, after: Answer, field: str):
        super().__init__(
            QCoreApplication.translate("RoundController", "Change {criterion}").format(
                criterion=after.criterion_id
            )
        )
        self._controller = controller
        self.before = before
        self.after = after
        self.field = field
        self._applied = True

    def id(self) -> int:
        # Only typing in notes and justifications merges; choices are separate steps.
        return _MERGE_ID if self.field in ("note", "na_justification") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswerCommand):
            return False
        if (other.after.criterion_id, other.field) != (self.after.criterion_id, self.field):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._applied:  # pushed after the change was saved: nothing to do the first time
            self._applied = False
            return
        self._controller.apply(self.after, from_history=True)

    def undo(self) -> None:
        self._controller.apply(self.before, from_history=True)


class RoundController(QObject):
    """Wraps a RoundSession: every change is saved first, then announced to the views."""

    answerChanged = Signal(str)  # criterion id
    historyMoved = Signal(str)  # criterion id changed by undo or redo
    scoresChanged = Signal()
    roundChanged = Signal()  # title or status
    saved = Signal()

    def __init__(self, session: RoundSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)

    def set_answer(self, answer: Answer, field: str = "value") -> bool:
        """Save a changed answer and record it for undo. Returns False if nothing changed.

        Raises PromiseTrackerError (the caller shows it) and then nothing is recorded.
        """
        before = self.session.answer(answer.criterion_id)
        if before == answer:
            return False
        self.apply(answer)
        self.undo_stack.push(SetAnswerCommand(self, before, answer, field))
        return True

    def apply(self, answer: Answer, *, from_history: bool = False) -> None:
        self.session.set_answer(answer)
        self.answerChanged.emit(answer.criterion_id)
        if from_history:
            self.historyMoved.emit(answer.criterion_id)
        self.scoresChanged.emit()
        self.saved.emit()

    def rename(self, title: str) -> None:
        self.session.rename(title)
        self.roundChanged.emit()

    def finalise(self) -> None:
        self.session.finalise()
        # Undoing into a read-only round would fail; the history ends here.
        self.undo_stack.clear()
        self.roundChanged.emit()

    def reopen(self) -> None:
        self.session.reopen()
        self.roundChanged.emit()

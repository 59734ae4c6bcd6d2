"""Qt side of an open round: signals for views, whose answers are shown, and undo/redo.

Each answer set (the team's consensus, each respondent's) has its own undo history; the one
of the set shown is active, so undo never changes answers out of sight.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from promise_tracker.domain.entities import Agency, Answer, Respondent

if TYPE_CHECKING:
    # For type hints only: importing it would load the storage layer before the first paint.
    from promise_tracker.services.round_session import AnswerClashError, RoundSession

# Edits of the same text field of the same criterion typed in a row merge into one undo step.
_MERGE_ID = 4711


class SetAnswerCommand(QUndoCommand):
    """One change of an answer; its first redo has already been applied and saved.

    Undo and redo change only the fields this change touched, so a change saved elsewhere
    meanwhile (another window) to other fields of the answer stays.
    """

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
        self._controller.revert(self.before, self.after)

    def undo(self) -> None:
        self._controller.revert(self.after, self.before)


class ConfirmAnswersCommand(QUndoCommand):
    """Confirming many carried-forward answers at once (e.g. a whole standard); already done
    when pushed. Undo puts exactly those answers back to confirm."""

    def __init__(self, controller: RoundController, criterion_ids: list[str], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self.criterion_ids = criterion_ids
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._controller._set_carried(self.criterion_ids, carried=False)

    def undo(self) -> None:
        self._controller._set_carried(self.criterion_ids, carried=True)


class RoundController(QObject):
    """Wraps a RoundSession: every change is saved first, then announced to the views."""

    answerChanged = Signal(str)  # criterion id
    historyMoved = Signal(str)  # criterion id changed by undo or redo
    scoresChanged = Signal()
    roundChanged = Signal()  # title or status
    saved = Signal()
    # Another answer set is shown (the team's or a respondent's): every row, page and figure.
    answeringAsChanged = Signal()
    respondentsChanged = Signal()  # a respondent was added, changed or removed
    # Many carried-forward answers were confirmed in one step (criterion ids): a message
    # with Undo is shown.
    answersConfirmed = Signal(list)

    def __init__(self, session: RoundSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str | None, QUndoStack] = {}
        self._activate_stack(session.respondent_id)

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the answers shown."""
        stack = self.undo_group.activeStack()
        assert stack is not None
        return stack

    def _activate_stack(self, respondent_id: str | None) -> None:
        stack = self._stacks.get(respondent_id)
        if stack is None:
            stack = self._stacks[respondent_id] = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def set_answer(self, answer: Answer, field: str = "value") -> bool:
        """Save a changed answer and record it for undo. Returns False if nothing changed.

        Raises PromiseTrackerError (the caller shows it) and then nothing is recorded; an
        AnswerClashError (the same fields were changed elsewhere) is for the caller to put to
        the user, who decides with keep_mine or keep_theirs.
        """
        before = self.session.answer(answer.criterion_id)
        if before == answer:
            return False
        if before.carried and answer.carried and field != "flagged":
            # Changing an answer carried forward from an earlier round confirms it: the team
            # has looked at it. Flagging it for discussion does not: that is not agreement.
            answer = replace(answer, carried=False)
        self._announce(self.session.set_answer(answer))
        # Undo reverts what this change touched: the difference between before and answer.
        self.undo_stack.push(SetAnswerCommand(self, before, answer, field))
        return True

    # --- carried-forward answers ---------------------------------------------------------------

    def confirm(self, criterion_id: str) -> bool:
        """Confirm the team's carried-forward answer of a criterion as it is (one undo step).
        Returns False when there was nothing to confirm."""
        answer = self.session.answer(criterion_id)
        if not answer.to_confirm:
            return False
        return self.set_answer(replace(answer, carried=False), "carried")

    def confirm_many(self, criterion_ids: list[str], description: str) -> list[str]:
        """Confirm the carried-forward answers among `criterion_ids` in one step, undone as
        one (`description` names it in the undo history); returns the criteria confirmed."""
        waiting = self.session.to_confirm(criterion_ids)
        if not waiting:
            return []
        confirmed = self._set_carried(waiting, carried=False)
        if confirmed:
            self.undo_stack.push(ConfirmAnswersCommand(self, confirmed, description))
            self.answersConfirmed.emit(confirmed)
        return confirmed

    def _set_carried(self, criterion_ids: list[str], *, carried: bool) -> list[str]:
        if carried:
            changed = self.session.unconfirm_answers(criterion_ids)
        else:
            changed = self.session.confirm_answers(criterion_ids)
        for saved in changed:
            self.answerChanged.emit(saved.criterion_id)
        if changed:
            self.scoresChanged.emit()
            self.saved.emit()
            if carried:
                self.historyMoved.emit(changed[0].criterion_id)
        return [a.criterion_id for a in changed]

    def keep_mine(self, clash: AnswerClashError, field: str = "value") -> None:
        """Save my side of a clash over the answer saved elsewhere; undo goes back to theirs."""
        self._announce(self.session.keep_mine(clash))
        self.undo_stack.push(SetAnswerCommand(self, clash.theirs, clash.mine, field))

    def keep_theirs(self, clash: AnswerClashError) -> None:
        """Show the answer saved elsewhere in place of my change."""
        self._announce(self.session.keep_theirs(clash))

    def revert(self, answer: Answer, to: Answer) -> None:
        """Undo or redo: change back the fields in which `answer` and `to` differ."""
        saved = self.session.revert(answer, to)
        self._announce(saved)
        self.historyMoved.emit(saved.criterion_id)

    def _announce(self, saved: Answer) -> None:
        self.answerChanged.emit(saved.criterion_id)
        self.scoresChanged.emit()
        self.saved.emit()

    # --- whose answers ------------------------------------------------------------------------

    def answer_as(self, respondent_id: str | None) -> None:
        """Show and edit a respondent's answers (None: the team's consensus)."""
        if respondent_id == self.session.respondent_id:
            return
        self.session.answer_as(respondent_id)
        self._activate_stack(respondent_id)
        self.answeringAsChanged.emit()
        self.scoresChanged.emit()

    def add_respondent(
        self, alias: str, perspective: str, agency: str = Agency.OTHER.value
    ) -> Respondent:
        added = self.session.add_respondent(alias, perspective, agency)
        self.respondentsChanged.emit()
        return added

    def update_respondent(self, respondent: Respondent) -> Respondent:
        try:
            changed = self.session.update_respondent(respondent)
        finally:
            self.respondentsChanged.emit()  # refused or not, the list was read again
        if respondent.id == self.session.respondent_id:
            self.answeringAsChanged.emit()  # the alias or perspective shown changed
        return changed

    def delete_respondent(self, respondent_id: str) -> None:
        """Remove a respondent with their answers and their undo history."""
        shown = self.session.respondent_id == respondent_id
        self.session.delete_respondent(respondent_id)
        if shown:
            self._activate_stack(None)
        stack = self._stacks.pop(respondent_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self.respondentsChanged.emit()
        if shown:
            self.answeringAsChanged.emit()
        self.scoresChanged.emit()  # the round's score may have been theirs, pooled

    # --- the round ----------------------------------------------------------------------------

    # A change refused because the round changed elsewhere still announces the round: the
    # session has read it again.

    def rename(self, title: str) -> None:
        try:
            self.session.rename(title)
        finally:
            self.roundChanged.emit()

    def finalise(self) -> None:
        try:
            self.session.finalise()
            # Undoing into a read-only round would fail; every history ends here.
            for stack in self._stacks.values():
                stack.clear()
        finally:
            self.roundChanged.emit()

    def reopen(self) -> None:
        try:
            self.session.reopen()
        finally:
            self.roundChanged.emit()

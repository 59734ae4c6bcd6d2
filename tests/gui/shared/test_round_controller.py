"""The open round: answers saved at once, rescored, undone and redone."""

from __future__ import annotations

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import DRAFT_ROUND_ID


def saved_answer(workspace: Workspace, criterion_id: str) -> Answer | None:
    """What a new session on the database finds: proof that it was saved."""
    return RoundSession(workspace.assessment, DRAFT_ROUND_ID).answer(criterion_id)


def first_unanswered(controller: RoundController) -> str:
    found = controller.session.next_unanswered(None)
    assert found is not None
    return found


def test_an_answer_is_saved_and_rescored_at_once(qtbot, controller, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_unanswered(controller)
    before = session.scores.overall
    with qtbot.waitSignals([controller.answerChanged, controller.scoresChanged, controller.saved]):
        assert controller.set_answer(Answer(DRAFT_ROUND_ID, cid, value="yes"))
    after = session.scores.overall
    assert after.answered == before.answered + 1
    assert after.met == before.met + 1
    assert saved_answer(demo_workspace, cid).value == "yes"
    assert session.status(cid) is CriterionStatus.MET


def test_setting_the_same_answer_again_records_nothing(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    cid = first_unanswered(controller)
    assert not controller.set_answer(controller.session.answer(cid))
    assert controller.undo_stack.count() == 0


def test_undo_and_redo_restore_saved_answers(qtbot, controller, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    cid = first_unanswered(controller)
    empty = controller.session.answer(cid)
    controller.set_answer(Answer(DRAFT_ROUND_ID, cid, value="no"))
    with qtbot.waitSignal(controller.historyMoved) as moved:
        controller.undo_stack.undo()
    assert moved.args == [cid]
    assert controller.session.answer(cid) == empty
    assert saved_answer(demo_workspace, cid).value is None
    controller.undo_stack.redo()
    assert saved_answer(demo_workspace, cid).value == "no"


def test_typing_a_note_is_one_undo_step(qtbot, controller, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    cid = first_unanswered(controller)
    base = controller.session.answer(cid)
    note = ""
    for char in "Seen":
        note += char
        controller.set_answer(Answer(DRAFT_ROUND_ID, cid, note=note), field="note")
        assert saved_answer(demo_workspace, cid).note == note  # every keystroke is saved
    assert controller.undo_stack.count() == 1
    controller.set_answer(Answer(DRAFT_ROUND_ID, cid, value="yes", note="Seen"))
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.session.answer(cid) == base


def test_finalising_ends_the_history_and_locks_the_round(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    cid = first_unanswered(controller)
    controller.set_answer(Answer(DRAFT_ROUND_ID, cid, value="yes"))
    with qtbot.waitSignal(controller.roundChanged):
        controller.finalise()
    assert controller.session.read_only
    assert not controller.undo_stack.canUndo()
    controller.reopen()
    assert not controller.session.read_only

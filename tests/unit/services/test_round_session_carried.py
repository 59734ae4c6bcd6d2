"""RoundSession with answers carried forward from an earlier round: confirming one or many,
undoing it, and a confirmation that meets a change saved elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.unit.services.conftest import DataPaths


@pytest.fixture
def workspace(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path)) as opened:
        yield opened


def started_from_last(workspace: Workspace) -> str:
    """A unit whose 2026 round starts from 2024: two answers carried, one flagged."""
    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("Barnahus Test")
    first = service.create_round(unit.id, "2024", dt.date(2024, 3, 1), pack)
    service.set_answer(Answer(first.id, "BQS-2-01", value="yes", note="Signed in 2023"))
    service.set_answer(Answer(first.id, "BQS-2-02", value="no", flagged=True))
    second = service.create_round(unit.id, "2026", dt.date(2026, 3, 1), pack, start_from=first.id)
    return second.id


def stored(workspace: Workspace, round_id: str, cid: str) -> Answer:
    return RoundSession(workspace.assessment, round_id).answer(cid)


def test_carried_answers_are_listed_in_pack_order_with_the_flags(workspace: Workspace) -> None:
    session = RoundSession(workspace.assessment, started_from_last(workspace))
    assert session.to_confirm() == ["BQS-2-01", "BQS-2-02"]
    assert session.to_confirm(["BQS-2-02", "BQS-3-01"]) == ["BQS-2-02"]
    assert session.flagged() == ["BQS-2-02"]
    assert session.status("BQS-2-01") is CriterionStatus.TO_CONFIRM
    assert session.consensus_status("BQS-2-02") is CriterionStatus.TO_CONFIRM
    assert session.previous_answer("BQS-2-01") is not None  # the earlier answer still shows


def test_confirming_many_saves_and_rescores_and_undo_puts_them_back(
    workspace: Workspace,
) -> None:
    round_id = started_from_last(workspace)
    session = RoundSession(workspace.assessment, round_id)
    assert session.scores.overall.answered == 0
    confirmed = session.confirm_answers(["BQS-2-01", "BQS-2-02", "BQS-3-01"])
    assert [a.criterion_id for a in confirmed] == ["BQS-2-01", "BQS-2-02"]
    assert session.to_confirm() == []
    assert session.scores.overall.answered == 2
    assert session.scores.overall.met == 1
    assert not stored(workspace, round_id, "BQS-2-01").carried
    session.unconfirm_answers(["BQS-2-01", "BQS-2-02"])
    assert session.to_confirm() == ["BQS-2-01", "BQS-2-02"]
    assert session.scores.overall.answered == 0
    assert stored(workspace, round_id, "BQS-2-02").carried


def test_undoing_a_confirmation_by_revert_carries_the_answer_again(workspace: Workspace) -> None:
    round_id = started_from_last(workspace)
    session = RoundSession(workspace.assessment, round_id)
    before = session.answer("BQS-2-01")
    after = session.set_answer(replace(before, carried=False))
    assert session.status("BQS-2-01") is CriterionStatus.MET
    session.revert(after, before)  # what Undo does
    assert session.status("BQS-2-01") is CriterionStatus.TO_CONFIRM
    assert stored(workspace, round_id, "BQS-2-01").carried


def test_a_confirmation_survives_a_note_saved_elsewhere_meanwhile(workspace: Workspace) -> None:
    round_id = started_from_last(workspace)
    mine = RoundSession(workspace.assessment, round_id)
    theirs = RoundSession(workspace.assessment, round_id)
    theirs.set_answer(replace(theirs.answer("BQS-2-01"), note="Checked again in 2026"))
    saved = mine.set_answer(replace(mine.answer("BQS-2-01"), carried=False))
    assert not saved.carried
    assert saved.note == "Checked again in 2026"
    again = stored(workspace, round_id, "BQS-2-01")
    assert (again.carried, again.note) == (False, "Checked again in 2026")

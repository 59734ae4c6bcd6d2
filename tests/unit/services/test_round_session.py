"""RoundSession: the in-memory copy of a round always matches the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus, score_consensus
from promise_tracker.errors import ValidationError
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.unit.services.conftest import DataPaths


@pytest.fixture
def workspace(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path)) as opened:
        yield opened


def two_rounds(workspace: Workspace) -> tuple[str, str]:
    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("Barnahus Test")
    first = service.create_round(unit.id, "2024", dt.date(2024, 3, 1), pack)
    service.set_answer(Answer(first.id, "BQS-2-01", value="yes", note="Signed in 2023"))
    second = service.create_round(
        unit.id, "2026", dt.date(2026, 3, 1), pack, compare_with_previous=True
    )
    return first.id, second.id


def test_new_round_compares_with_the_previous_one(workspace: Workspace) -> None:
    first, second = two_rounds(workspace)
    session = RoundSession(workspace.assessment, second)
    assert session.compare_round is not None
    assert session.compare_round.id == first
    previous = session.previous_answer("BQS-2-01")
    assert previous is not None
    assert (previous.value, previous.note) == ("yes", "Signed in 2023")
    assert session.previous_answer("BQS-2-02") is None
    assert session.answer("BQS-2-01").value is None  # nothing is copied into the new round


def test_without_comparison_no_earlier_answers_show(workspace: Workspace) -> None:
    first, _ = two_rounds(workspace)
    unit_id = workspace.assessment.round(first).unit_id
    pack = workspace.packs.latest("promise-bqs-2017")
    third = workspace.assessment.create_round(unit_id, "Fresh look", dt.date(2026, 6, 1), pack)
    session = RoundSession(workspace.assessment, third.id)
    assert session.compare_round is None
    assert session.previous_answer("BQS-2-01") is None


def test_scores_follow_every_saved_answer(workspace: Workspace) -> None:
    _, second = two_rounds(workspace)
    session = RoundSession(workspace.assessment, second)
    session.set_answer(Answer(second, "BQS-2-01", value="yes"))
    session.set_answer(Answer(second, "BQS-2-02", value="na"))
    assert session.status("BQS-2-02") is CriterionStatus.NEEDS_JUSTIFICATION
    stored = workspace.assessment.answers(second)
    assert session.scores == score_consensus(session.pack, stored)
    assert session.scores.by_standard["2"].percent == 100.0


def test_a_refused_answer_leaves_the_session_unchanged(workspace: Workspace) -> None:
    _, second = two_rounds(workspace)
    session = RoundSession(workspace.assessment, second)
    session.finalise()
    before = session.scores
    with pytest.raises(ValidationError):
        session.set_answer(Answer(second, "BQS-2-01", value="yes"))
    assert session.answer("BQS-2-01").value is None
    assert session.scores == before


def test_navigation_in_pack_order(workspace: Workspace) -> None:
    _, second = two_rounds(workspace)
    session = RoundSession(workspace.assessment, second)
    ids = [c.id for c in session.criteria()]
    assert session.neighbour(ids[0], -1) is None
    assert session.neighbour(ids[0], 1) == ids[1]
    assert session.neighbour(ids[-1], 1) is None
    session.set_answer(Answer(second, ids[1], value="no"))
    assert session.next_unanswered(ids[0]) == ids[2]
    assert session.next_unanswered(ids[-1]) == ids[0]  # wraps around

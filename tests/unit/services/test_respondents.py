"""Respondents of a round: added, changed and removed, their answers with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import NotFoundError, ValidationError
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.unit.services.conftest import DataPaths
from tests.unit.services.helpers import table_rows


@pytest.fixture
def workspace(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path)) as opened:
        yield opened


def make_round(workspace: Workspace) -> tuple[AssessmentService, str]:
    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("Barnahus Test")
    return service, service.create_round(unit.id, "Spring", dt.date(2026, 4, 1), pack).id


def answer_rows(workspace: Workspace) -> list[tuple[object, ...]]:
    """The answers table as another program reading the database sees it (by criterion)."""
    rows = table_rows(workspace.paths, "answers")["answers"]  # in the order they were added
    found = [(row["respondent_id"], row["criterion_id"], row["value"]) for row in rows]
    return sorted(found, key=lambda row: str(row[1]))


def test_a_respondent_is_changed_and_keeps_their_answers(workspace: Workspace) -> None:
    service, round_id = make_round(workspace)
    person = service.add_respondent(round_id, "R1", "professionals", "police")
    service.set_answer(Answer(round_id, "BQS-2-01", person.id, "yes"))

    changed = service.update_respondent(
        replace(person, alias="  Police 1 ", perspective="management", agency="prosecution")
    )

    assert changed.alias == "Police 1"
    assert service.respondents(round_id) == [changed]
    assert answer_rows(workspace) == [(person.id, "BQS-2-01", "yes")]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"alias": "  "}, "needs an alias"),
        ({"perspective": "doctors"}, "not a perspective"),
        ({"agency": "fire brigade"}, "not a known agency"),
    ],
)
def test_a_wrong_change_is_refused_and_nothing_changes(
    workspace: Workspace, change: dict[str, str], message: str
) -> None:
    service, round_id = make_round(workspace)
    person = service.add_respondent(round_id, "R1", "professionals", "police")
    with pytest.raises(ValidationError, match=message):
        service.update_respondent(replace(person, **change))
    assert service.respondents(round_id) == [person]


def test_removing_a_respondent_removes_only_their_answers(workspace: Workspace) -> None:
    service, round_id = make_round(workspace)
    leaving = service.add_respondent(round_id, "R1", "professionals")
    staying = service.add_respondent(round_id, "R2", "clients")
    service.set_answer(Answer(round_id, "BQS-2-01", leaving.id, "yes"))
    service.set_answer(Answer(round_id, "BQS-2-02", leaving.id, "no"))
    service.set_answer(Answer(round_id, "BQS-2-01", staying.id, "no"))
    service.set_answer(Answer(round_id, "BQS-2-01", None, "yes"))

    service.delete_respondent(leaving.id)

    assert service.respondents(round_id) == [staying]
    assert answer_rows(workspace) == [(staying.id, "BQS-2-01", "no"), (None, "BQS-2-01", "yes")]
    with pytest.raises(NotFoundError):
        service.delete_respondent(leaving.id)


def test_a_finalised_round_keeps_its_respondents(workspace: Workspace) -> None:
    service, round_id = make_round(workspace)
    person = service.add_respondent(round_id, "R1", "professionals")
    service.set_answer(Answer(round_id, "BQS-2-01", person.id, "yes"))
    service.finalise_round(round_id)

    for attempt in (
        lambda: service.add_respondent(round_id, "R2", "clients"),
        lambda: service.update_respondent(replace(person, alias="R9")),
        lambda: service.delete_respondent(person.id),
    ):
        with pytest.raises(ValidationError, match="finalised"):
            attempt()
    assert service.respondents(round_id) == [person]
    assert answer_rows(workspace) == [(person.id, "BQS-2-01", "yes")]


def test_a_respondent_cannot_move_to_another_round(workspace: Workspace) -> None:
    service, round_id = make_round(workspace)
    person = service.add_respondent(round_id, "R1", "professionals")
    other = service.create_round(
        service.round(round_id).unit_id,
        "Autumn",
        dt.date(2026, 10, 1),
        workspace.packs.latest("promise-bqs-2017"),
    )
    with pytest.raises(ValidationError, match="another round"):
        service.update_respondent(replace(person, round_id=other.id))
    assert service.respondents(other.id) == []


def test_a_session_shows_one_answer_set_and_names_the_official_score(
    workspace: Workspace,
) -> None:
    from promise_tracker.domain.scoring import ScoreBasis
    from promise_tracker.services.round_session import RoundSession

    service, round_id = make_round(workspace)
    r1 = service.add_respondent(round_id, "R1", "professionals")
    r2 = service.add_respondent(round_id, "R2", "clients")
    session = RoundSession(service, round_id)
    first, second = (c.id for c in session.criteria()[:2])

    session.answer_as(r1.id)
    assert session.answer(first).respondent_id == r1.id  # an empty answer, already theirs
    session.set_answer(Answer(round_id, first, r1.id, "yes"))
    session.set_answer(Answer(round_id, second, r1.id, "no"))
    session.answer_as(r2.id)
    session.set_answer(Answer(round_id, first, r2.id, "yes"))
    assert session.scores.overall.percent == 100.0  # R2's own answers
    assert session.consensus_scores.overall.answered == 0  # the team's, still none
    assert session.answer_count(r1.id) == 2

    # The team has agreed nothing: the official score pools R1 and R2 (2 of 3 met).
    session.answer_as(None)
    assert session.scores.overall.answered == 0
    assert session.basis is ScoreBasis.RESPONDENTS
    assert session.official_scores.overall.met == 2
    assert session.official_scores.overall.applicable == 3

    # Once the team agrees one answer, the consensus is the official score.
    session.set_answer(Answer(round_id, first, None, "no"))
    assert session.basis is ScoreBasis.CONSENSUS
    assert session.official_scores.overall.percent == 0.0
    assert service.round_result(round_id).official.overall.percent == 0.0

    # Removing the respondent shown goes back to the team and forgets their answers.
    session.answer_as(r1.id)
    session.delete_respondent(r1.id)
    assert session.respondent_id is None
    assert [r.alias for r in session.respondents] == ["R2"]
    assert session.answer_count(r1.id) == 0
    with pytest.raises(NotFoundError):
        session.answer_as(r1.id)

"""Assessment use cases against a real database (an SQLite file, a PostgreSQL server)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer, RoundStatus
from promise_tracker.domain.scoring import ScoreBasis
from promise_tracker.errors import NotFoundError, PackError, ValidationError
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.unit.services.conftest import DataPaths
from tests.unit.services.helpers import table_counts as counts


@pytest.fixture
def workspace(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path)) as opened:
        yield opened


def table_counts(workspace: Workspace) -> dict[str, int]:
    return counts(workspace.paths, "units", "rounds", "respondents", "answers", "events")


def make_round(workspace: Workspace):  # type: ignore[no-untyped-def]
    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("  Barnahus Test  ", country="se", year_opened=2015)
    assessment_round = service.create_round(unit.id, "Spring review", dt.date(2026, 4, 1), pack)
    return service, pack, unit, assessment_round


def test_round_records_the_exact_pack(workspace: Workspace) -> None:
    service, pack, unit, assessment_round = make_round(workspace)
    assert unit.name == "Barnahus Test"
    assert unit.country == "SE"
    stored = service.round(assessment_round.id)
    assert (stored.pack_id, stored.pack_version, stored.pack_hash) == (
        "promise-bqs-2017",
        "1.1.0",
        pack.content_hash,
    )
    assert len(stored.pack_hash) == 64
    assert stored.status is RoundStatus.DRAFT


def test_answers_change_the_score(workspace: Workspace) -> None:
    service, pack, _, assessment_round = make_round(workspace)
    first, second = pack.assessed_units()[0].criteria[:2]
    service.set_answer(Answer(assessment_round.id, first.id, value="yes", note="Routine seen"))
    service.set_answer(Answer(assessment_round.id, second.id, value="no"))
    result = service.round_result(assessment_round.id)
    unit_score = result.consensus.by_standard[first.standard]
    assert unit_score.percent == 50.0
    assert result.consensus.overall.answered == 2
    # Changing an answer replaces it; it is never counted twice.
    service.set_answer(Answer(assessment_round.id, second.id, value="yes"))
    result = service.round_result(assessment_round.id)
    assert result.consensus.by_standard[first.standard].percent == 100.0
    assert [a.note for a in service.answers(assessment_round.id) if a.criterion_id == first.id] == [
        "Routine seen"
    ]


def test_na_counts_only_once_justified(workspace: Workspace) -> None:
    service, pack, _, assessment_round = make_round(workspace)
    criterion = pack.criteria()[0]
    service.set_answer(Answer(assessment_round.id, criterion.id, value="na"))
    overall = service.round_result(assessment_round.id).consensus.overall
    assert (overall.not_applicable, overall.answered) == (0, 0)
    service.set_answer(
        Answer(assessment_round.id, criterion.id, value="na", na_justification="Not allowed by law")
    )
    overall = service.round_result(assessment_round.id).consensus.overall
    assert (overall.not_applicable, overall.answered) == (1, 1)


def test_invalid_answers_are_refused_and_nothing_written(workspace: Workspace) -> None:
    service, _, _, assessment_round = make_round(workspace)
    before = table_counts(workspace)
    with pytest.raises(ValidationError, match="'maybe' is not an answer"):
        service.set_answer(Answer(assessment_round.id, "BQS-2-01", value="maybe"))
    with pytest.raises(ValidationError, match="BQS-99-01 is not a criterion"):
        service.set_answer(Answer(assessment_round.id, "BQS-99-01", value="yes"))
    with pytest.raises(NotFoundError):
        service.set_answer(Answer("no-such-round", "BQS-2-01", value="yes"))
    assert table_counts(workspace) == before


def test_a_finalised_round_is_read_only_until_reopened(workspace: Workspace) -> None:
    service, _, _, assessment_round = make_round(workspace)
    service.finalise_round(assessment_round.id)
    with pytest.raises(ValidationError, match="finalised; reopen it"):
        service.set_answer(Answer(assessment_round.id, "BQS-2-01", value="yes"))
    service.reopen_round(assessment_round.id)
    service.set_answer(Answer(assessment_round.id, "BQS-2-01", value="yes"))
    assert service.round(assessment_round.id).status is RoundStatus.DRAFT


def test_respondents_need_a_perspective_of_the_pack(workspace: Workspace) -> None:
    service, _, _, assessment_round = make_round(workspace)
    with pytest.raises(ValidationError, match="not a perspective"):
        service.add_respondent(assessment_round.id, "Nurse", "doctors")
    respondent = service.add_respondent(assessment_round.id, "Nurse", "professionals", "health")
    service.set_answer(Answer(assessment_round.id, "BQS-2-01", respondent.id, "yes"))
    result = service.round_result(assessment_round.id)
    assert result.perspectives.by_perspective["professionals"].overall.percent == 100.0
    assert result.consensus.overall.answered == 0  # a respondent's answer is not the team's


def test_round_with_a_missing_pack_is_explained(workspace: Workspace) -> None:
    service, _, unit, _ = make_round(workspace)
    pack = workspace.packs.latest("promise-bqs-2017")
    other = service.create_round(
        unit.id, "Old", dt.date(2020, 1, 1), replace(pack, content_hash="ab" * 32)
    )
    with pytest.raises(PackError, match="not installed here"):
        service.round_result(other.id)


def test_deleting_a_unit_leaves_nothing_behind(workspace: Workspace) -> None:
    service, _, unit, assessment_round = make_round(workspace)
    respondent = service.add_respondent(assessment_round.id, "Manager", "management")
    service.set_answer(Answer(assessment_round.id, "BQS-2-01", respondent.id, "yes"))
    service.set_answer(Answer(assessment_round.id, "BQS-2-01", None, "no"))
    service.add_event(unit.id, dt.date(2026, 1, 1), "New premises")
    assert table_counts(workspace) == {
        "units": 1,
        "rounds": 1,
        "respondents": 1,
        "answers": 2,
        "events": 1,
    }
    service.delete_unit(unit.id)
    assert table_counts(workspace) == dict.fromkeys(table_counts(workspace), 0)


def test_names_are_required(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        workspace.assessment.create_unit("   ")
    assert table_counts(workspace)["units"] == 0


def test_timeline_events_can_be_changed_and_removed(workspace: Workspace) -> None:
    service, _, unit, _ = make_round(workspace)
    event = service.add_event(unit.id, dt.date(2026, 1, 10), "  New premises ", " Own entrance ")
    assert (event.title, event.description) == ("New premises", "Own entrance")
    changed = service.update_event(replace(event, title="Moved to new premises"))
    assert service.events(unit.id) == [changed]
    with pytest.raises(ValidationError, match="needs a title"):
        service.update_event(replace(event, title=" "))
    assert service.events(unit.id) == [changed]
    service.delete_event(event.id)
    assert service.events(unit.id) == []
    with pytest.raises(NotFoundError):
        service.delete_event(event.id)


def test_round_outline_gives_the_official_score_of_round_result(workspace: Workspace) -> None:
    service, pack, _, assessment_round = make_round(workspace)
    first, second, third = pack.criteria()[:3]
    nurse = service.add_respondent(assessment_round.id, "Nurse", "professionals", "health")
    boss = service.add_respondent(assessment_round.id, "Head", "management", "police")
    service.set_answer(Answer(assessment_round.id, first.id, nurse.id, "yes"))
    service.set_answer(Answer(assessment_round.id, second.id, nurse.id, "no"))
    service.set_answer(Answer(assessment_round.id, first.id, boss.id, "yes"))

    def same_as_full_result() -> ScoreBasis:
        outline = service.round_outline(assessment_round.id)
        full = service.round_result(assessment_round.id)
        assert outline.round == full.round
        assert outline.basis is full.basis
        assert outline.official == full.official
        return outline.basis

    # Before the team agrees anything: the respondents pooled (2 of 3 met).
    assert same_as_full_result() is ScoreBasis.RESPONDENTS
    assert service.round_outline(assessment_round.id).official.overall.met == 2
    # An empty agreed answer (a note only) is not an agreement yet.
    service.set_answer(Answer(assessment_round.id, third.id, note="to discuss"))
    assert same_as_full_result() is ScoreBasis.RESPONDENTS
    service.set_answer(Answer(assessment_round.id, third.id, value="no"))
    assert same_as_full_result() is ScoreBasis.CONSENSUS
    assert service.round_outline(assessment_round.id).official.overall.applicable == 1


def test_perspective_scores_alone_equal_those_of_the_full_result(workspace: Workspace) -> None:
    service, pack, _, assessment_round = make_round(workspace)
    nurse = service.add_respondent(assessment_round.id, "Nurse", "professionals", "health")
    boss = service.add_respondent(assessment_round.id, "Head", "management", "police")
    for criterion, value in zip(pack.criteria()[:4], ("yes", "no", "yes", "na"), strict=True):
        service.set_answer(Answer(assessment_round.id, criterion.id, nurse.id, value))
        service.set_answer(Answer(assessment_round.id, criterion.id, boss.id, "yes"))
    alone = service.round_result(assessment_round.id).by_perspective
    full = service.round_result(assessment_round.id).perspectives
    assert dict(alone) == dict(full.by_perspective)
    assert set(alone) == {"professionals", "management"}
    assert alone["management"].overall.met == 4
    assert set(full.by_respondent) == {nurse.id, boss.id}

"""From findings to improvement, against a real database: a round started from the last one
(answers carried forward, to confirm), the unit's action plan and the barriers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
)
from promise_tracker.domain.scoring import CriterionStatus, criterion_status
from promise_tracker.errors import ConflictError, NotFoundError, ValidationError
from promise_tracker.services.action_plan import overdue
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.model import Pack
from tests.unit.services.conftest import DataPaths


@pytest.fixture
def workspace(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path / "data")) as opened:
        yield opened


@pytest.fixture
def pack(workspace: Workspace) -> Pack:
    return workspace.packs.latest("promise-bqs-2017")


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


@pytest.fixture
def last_round(service: AssessmentService, pack: Pack) -> str:
    """A unit's finalised 2025 round: three criteria answered by the team, two respondents."""
    unit = service.create_unit("Barnahus Östby", unit_id="u")
    service.create_round(unit.id, "2025", dt.date(2025, 3, 1), pack, round_id="r2025")
    ids = [c.id for c in pack.criteria()]
    service.set_answer(Answer("r2025", ids[0], None, "yes", "Protocol signed in 2024."))
    service.set_answer(
        Answer("r2025", ids[1], None, "no", "", "", True, dissent="Police: partly met")
    )
    service.set_answer(Answer("r2025", ids[2], None, "na", "", "No forensic unit nearby."))
    service.set_answer(Answer("r2025", ids[3], None, None, "Ask the prosecutor."))
    service.add_respondent("r2025", "Unit manager", "management", "barnahus-staff")
    police = service.add_respondent("r2025", "Police liaison", "professionals", "police")
    service.set_answer(Answer("r2025", ids[0], police.id, "no", "Not in practice."))
    service.finalise_round("r2025")
    return "r2025"


def test_a_round_started_from_the_last_carries_every_team_answer_to_confirm(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    ids = [c.id for c in pack.criteria()]
    new = service.create_round(
        "u", "2026", dt.date(2026, 3, 1), pack, start_from=last_round, carry_respondents=True
    )
    assert new.compare_round_id == last_round
    answers = {a.criterion_id: a for a in service.answers(new.id)}
    assert answers[ids[0]] == Answer(
        new.id, ids[0], None, "yes", "Protocol signed in 2024.", carried=True
    )
    # Flag and N/A reason travel; a meeting's dissent stays with its meeting.
    assert answers[ids[1]] == Answer(new.id, ids[1], None, "no", "", "", True, carried=True)
    assert answers[ids[2]].na_justification == "No forensic unit nearby."
    # A note without an answer is copied as it is: nothing to confirm.
    assert answers[ids[3]] == Answer(new.id, ids[3], None, None, "Ask the prosecutor.")
    assert not answers[ids[3]].to_confirm
    # No respondent's answer is copied; the respondents are, as new records.
    assert all(a.respondent_id is None for a in answers.values())
    respondents = service.respondents(new.id)
    assert [(r.alias, r.perspective, r.agency) for r in respondents] == [
        ("Police liaison", "professionals", "police"),
        ("Unit manager", "management", "barnahus-staff"),
    ]
    assert not {r.id for r in respondents} & {r.id for r in service.respondents(last_round)}
    # The earlier round is untouched.
    assert not any(a.carried for a in service.answers(last_round))


def test_carried_answers_count_as_unanswered_until_confirmed(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    ids = [c.id for c in pack.criteria()]
    new = service.create_round("u", "2026", dt.date(2026, 3, 1), pack, start_from=last_round)
    result = service.round_result(new.id)
    assert result.official.overall.answered == 0
    assert result.official.overall.percent is None
    assert service.round_outline(new.id).official.overall.answered == 0
    status = criterion_status(
        next(a for a in result.answers if a.criterion_id == ids[0]), pack.answer_scale
    )
    assert status is CriterionStatus.TO_CONFIRM

    confirmed = service.confirm_answers(new.id, [ids[0], ids[1], ids[3]])
    assert [a.criterion_id for a in confirmed] == sorted([ids[0], ids[1]])
    overall = service.round_result(new.id).official.overall
    assert (overall.applicable, overall.percent) == (2, 50.0)  # yes and no; N/A still to confirm

    undone = service.unconfirm_answers(new.id, [ids[0]])
    assert [a.criterion_id for a in undone] == [ids[0]]
    overall = service.round_result(new.id).official.overall
    assert (overall.applicable, overall.percent) == (1, 0.0)

    # Changing a carried answer (the criterion page saves it with carried=False) confirms it.
    stored = next(a for a in service.answers(new.id) if a.criterion_id == ids[2])
    service.set_answer(dataclasses.replace(stored, value="yes", carried=False))
    assert service.round_result(new.id).official.overall.applicable == 2


def test_only_what_the_new_pack_knows_is_carried(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    """Answer codes and criteria of another pack version are left behind, not guessed."""
    ids = [c.id for c in pack.criteria()]
    narrower = dataclasses.replace(
        pack,
        answer_scale=dataclasses.replace(
            pack.answer_scale,
            options=tuple(o for o in pack.answer_scale.options if o.id != "no"),
        ),
    )
    rows = service._carried_answers  # the copying rule, without installing a second pack
    with service._db.unit_of_work() as uow:
        copied = {a.criterion_id: a for a in rows(uow, service.round(last_round), "x", narrower)}
    assert copied[ids[0]].value == "yes"
    assert copied[ids[0]].carried
    # "no" is unknown to the narrower scale: the flag stays visible, nothing to confirm.
    assert copied[ids[1]].value is None
    assert not copied[ids[1]].carried
    assert copied[ids[1]].flagged


def test_start_from_a_round_of_another_unit_is_refused(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    other = service.create_unit("Other unit")
    with pytest.raises(ValidationError, match="belongs to another unit"):
        service.create_round(other.id, "2026", dt.date(2026, 3, 1), pack, start_from=last_round)
    assert service.rounds(other.id) == []


def test_confirming_in_a_finalised_round_is_refused(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    new = service.create_round("u", "2026", dt.date(2026, 3, 1), pack, start_from=last_round)
    service.finalise_round(new.id)
    with pytest.raises(ValidationError, match="is finalised"):
        service.confirm_answers(new.id, [pack.criteria()[0].id])


def action(**changes: object) -> Action:
    base = Action(
        id="",
        unit_id="u",
        criterion_id="BQS-1.1-02",
        title="Agree a joint protocol with the police",
        round_id="r2025",
        lead_agency="police",
        responsible_role="Barnahus coordinator",
        due_date=dt.date(2026, 6, 30),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_actions_are_recorded_listed_by_due_date_and_followed_up(
    service: AssessmentService, last_round: str
) -> None:
    late = service.add_action(
        action(title="  Train the interviewers  ", due_date=dt.date(2026, 1, 31))
    )
    later = service.add_action(action())
    undated = service.add_action(action(title="Find funding", due_date=None))
    assert late.title == "Train the interviewers"  # trimmed
    assert late.id
    assert late.version == 1
    assert [a.id for a in service.actions("u")] == [late.id, later.id, undated.id]
    assert overdue(service.actions("u"), dt.date(2026, 2, 1)) == [late]

    done = service.update_action(
        dataclasses.replace(late, status=ActionStatus.DONE, progress_note="All trained.")
    )
    assert done.version == 2
    assert overdue(service.actions("u"), dt.date(2026, 2, 1)) == []
    assert [a.id for a in service.open_actions("u")] == [later.id, undated.id]
    # A stale copy does not overwrite the change.
    with pytest.raises(ConflictError, match="changed elsewhere"):
        service.update_action(dataclasses.replace(late, title="Stale"))
    assert service.action(late.id).title == "Train the interviewers"

    reviewed = service.review_actions(
        [
            dataclasses.replace(later, status=ActionStatus.IN_PROGRESS, progress_note="Half."),
            dataclasses.replace(undated, status=ActionStatus.DROPPED),
        ]
    )
    assert [a.status for a in reviewed] == [ActionStatus.IN_PROGRESS, ActionStatus.DROPPED]
    service.delete_action(late.id)
    with pytest.raises(NotFoundError):
        service.action(late.id)


def test_an_action_outlives_its_round_and_goes_with_its_unit(
    service: AssessmentService, last_round: str
) -> None:
    kept = service.add_action(action())
    service.delete_round(last_round)
    assert service.action(kept.id).round_id is None
    service.delete_unit("u")
    with pytest.raises(NotFoundError):
        service.action(kept.id)


def test_an_action_needs_a_description_and_its_own_units_round(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    with pytest.raises(ValidationError, match="needs a description"):
        service.add_action(action(title="   "))
    other = service.create_unit("Other unit")
    with pytest.raises(ValidationError, match="another unit"):
        service.add_action(action(unit_id=other.id))
    with pytest.raises(ValidationError, match=r"99\.9 is not a criterion of this round"):
        service.add_action(action(criterion_id="99.9"))
    with pytest.raises(NotFoundError):
        service.add_action(action(unit_id="no-such-unit", round_id=None))
    assert service.actions("u") == []


def test_barriers_one_per_criterion_replaced_and_cleared(
    service: AssessmentService, pack: Pack, last_round: str
) -> None:
    new = service.create_round("u", "2026", dt.date(2026, 3, 1), pack, start_from=last_round)
    criterion = pack.criteria()[1].id
    first = service.set_barrier(Barrier(new.id, criterion, BarrierKind.LAW_OR_POLICY))
    assert first.version == 1
    second = service.set_barrier(
        Barrier(new.id, criterion, BarrierKind.FUNDING, "  No money for a second room "),
    )
    assert service.barriers(new.id) == [
        Barrier(new.id, criterion, BarrierKind.FUNDING, "No money for a second room")
    ]
    assert second.version == 2
    with pytest.raises(ValidationError, match="“Other” needs a few words"):
        service.set_barrier(Barrier(new.id, criterion, BarrierKind.OTHER, " "))
    with pytest.raises(ValidationError, match="is not a criterion of this round"):
        service.set_barrier(Barrier(new.id, "99.9.9", BarrierKind.FUNDING))
    assert service.clear_barrier(new.id, criterion)
    assert not service.clear_barrier(new.id, criterion)
    assert service.barriers(new.id) == []
    # The finalised round's barriers are part of its record.
    with pytest.raises(ValidationError, match="is finalised"):
        service.set_barrier(Barrier(last_round, criterion, BarrierKind.NOT_STARTED))

"""unit_history: a unit's rounds in date order with scores, statuses and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.progress import since_last_round
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.errors import NotFoundError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.results import unit_history
from promise_tracker.services.workspace import Workspace, open_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder: Path = tmp_path_factory.mktemp("results-demo")
    with open_workspace(resolve_paths(folder)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest("promise-bqs-2017"))
        yield workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(resolve_paths(tmp_path)) as opened:
        yield opened


def test_demo_history_has_rounds_in_date_order_with_their_results(demo: Workspace) -> None:
    service = demo.assessment
    history = unit_history(service, demo_id("norrvik"))
    assert history.unit.name == "Barnahus Norrvik (demo)"
    assert [r.date for r in history.rounds] == [
        dt.date(2019, 3, 14),
        dt.date(2021, 3, 18),
        dt.date(2023, 3, 16),
        dt.date(2025, 3, 20),
    ]
    assert [r.label for r in history.rounds] == [
        f"Self-assessment {year}" for year in (2019, 2021, 2023, 2025)
    ]
    for entry in history.rounds:
        expected = service.round_result(entry.round.id)
        assert entry.consensus == expected.consensus
        assert entry.perspectives == expected.perspectives
        assert entry.result.respondents == expected.respondents
        assert entry.pack is expected.pack
    assert history.latest is history.rounds[-1]
    assert history.rounds[-1].consensus.overall.completeness == pytest.approx(60.759, abs=0.01)


def test_statuses_are_the_consensus_answers(demo: Workspace) -> None:
    history = unit_history(demo.assessment, demo_id("norrvik"))
    entry = history.rounds[2]
    assert list(entry.statuses) == [c.id for c in entry.pack.criteria()]
    met = sum(1 for s in entry.statuses.values() if s is CriterionStatus.MET)
    not_met = sum(1 for s in entry.statuses.values() if s is CriterionStatus.NOT_MET)
    na = sum(1 for s in entry.statuses.values() if s is CriterionStatus.NOT_APPLICABLE)
    overall = entry.consensus.overall
    assert met == overall.met
    assert met + not_met == overall.applicable
    assert na == overall.not_applicable
    consensus = {
        a.criterion_id: a.value for a in demo.assessment.answers(entry.round.id) if a.is_consensus
    }
    for cid, status in entry.statuses.items():
        assert (status is CriterionStatus.MET) == (consensus.get(cid) == "yes")


def test_events_in_date_order(demo: Workspace) -> None:
    history = unit_history(demo.assessment, demo_id("norrvik"))
    assert [(e.date, e.title) for e in history.events] == [
        (dt.date(2020, 1, 15), "Moved to new premises"),
        (dt.date(2022, 5, 2), "New interview protocol"),
        (dt.date(2024, 9, 1), "Therapy team extended"),
    ]
    assert {e.unit_id for e in history.events} == {demo_id("norrvik")}


def test_progress_compares_a_round_with_the_one_before(demo: Workspace) -> None:
    history = unit_history(demo.assessment, demo_id("norrvik"))
    assert history.progress(0) is None
    before, after = history.rounds[1], history.rounds[2]
    assert history.progress(2) == since_last_round(after.pack, before.snapshot, after.snapshot)
    assert history.progress() == history.progress(3)


def test_every_demo_unit_has_a_history(demo: Workspace) -> None:
    service = demo.assessment
    for unit in service.units():
        history = unit_history(service, unit.id)
        assert len(history.rounds) == len(service.rounds(unit.id)) >= 3
        assert len(history.events) == len(service.events(unit.id)) >= 1


def test_rounds_sorted_by_date_whatever_the_creation_order(workspace: Workspace) -> None:
    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("Barnahus Test")
    late = service.create_round(unit.id, "Later", dt.date(2024, 5, 1), pack)
    early = service.create_round(unit.id, "Earlier", dt.date(2020, 5, 1), pack)
    first = pack.criteria()[0].id
    service.set_answer(Answer(early.id, first, value="no"))
    service.set_answer(Answer(late.id, first, value="yes"))
    history = unit_history(service, unit.id)
    assert [r.round.id for r in history.rounds] == [early.id, late.id]
    assert history.events == ()
    progress = history.progress()
    assert progress is not None
    assert progress.newly_met == (first,)


def test_a_unit_without_rounds_and_an_unknown_unit(workspace: Workspace) -> None:
    service = workspace.assessment
    unit = service.create_unit("Barnahus Empty")
    history = unit_history(service, unit.id)
    assert history.rounds == ()
    assert history.latest is None
    assert history.progress() is None
    with pytest.raises(NotFoundError):
        unit_history(service, "no-such-unit")


def test_each_rounds_answers_are_read_once(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from promise_tracker.storage import light, repositories

    service = workspace.assessment
    pack = workspace.packs.latest("promise-bqs-2017")
    unit = service.create_unit("Barnahus Reads")
    first = pack.criteria()[0].id
    rounds = []
    for year, value in ((2021, "no"), (2022, "yes"), (2023, "yes")):
        rnd = service.create_round(unit.id, f"Round {year}", dt.date(year, 3, 1), pack)
        person = service.add_respondent(rnd.id, f"R{year}", "professionals")
        service.add_answers(
            [Answer(rnd.id, first, value=value), Answer(rnd.id, first, person.id, "no")]
        )
        rounds.append(rnd.id)
    reads: list[str] = []
    # Both ways the app reads a database (plain sqlite3 and SQLAlchemy) are counted.
    for repository in (light.LightAnswerRepository, repositories.AnswerRepository):
        for name in ("list_for_round", "list_consensus_for_round"):
            original = getattr(repository, name)

            def counted(self, round_id, _original=original):  # type: ignore[no-untyped-def]
                reads.append(round_id)
                return _original(self, round_id)

            monkeypatch.setattr(repository, name, counted)
    history = unit_history(service, unit.id)
    assert sorted(reads) == sorted(rounds)
    # ...and what was read once still gives the statuses and both answer sets' scores.
    assert [r.statuses[first] for r in history.rounds] == [
        CriterionStatus.NOT_MET,
        CriterionStatus.MET,
        CriterionStatus.MET,
    ]
    assert [r.perspectives.by_perspective["professionals"].overall.met for r in history.rounds] == [
        0,
        0,
        0,
    ]

"""The demo data on two versions of the standards pack: earlier rounds on 1.0.0, the latest on
1.1.0, where the criteria whose meaning changed are answered afresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.paths import resolve_paths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.demo import UNITS, build_demo, demo_id, earlier_version
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.crosswalk import Crosswalk
from promise_tracker.standards.registry import PackRegistry

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder: Path = tmp_path_factory.mktemp("demo-versions")
    with open_workspace(resolve_paths(folder)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest(PACK_ID))
        yield workspace


@pytest.fixture(scope="module")
def crosswalk(demo: Workspace) -> Crosswalk:
    found = demo.packs.crosswalk(PACK_ID, "1.0.0", "1.1.0")
    assert found is not None
    return found


def consensus(demo: Workspace, round_id: str) -> dict[str, Answer]:
    return {a.criterion_id: a for a in demo.assessment.answers(round_id) if a.respondent_id is None}


def test_earlier_rounds_are_on_1_0_0_and_the_latest_on_1_1_0(demo: Workspace) -> None:
    old = demo.packs.get(PACK_ID, "1.0.0")
    new = demo.packs.get(PACK_ID, "1.1.0")
    for plan in UNITS:
        rounds = sorted(demo.assessment.rounds(demo_id(plan.key)), key=lambda r: r.date)
        assert len(rounds) == len(plan.round_dates)
        assert [(r.pack_version, r.pack_hash) for r in rounds] == [
            (old.version, old.content_hash)
        ] * (len(rounds) - 1) + [(new.version, new.content_hash)]


def test_the_latest_round_answers_the_changed_criteria_afresh(
    demo: Workspace, crosswalk: Crosswalk
) -> None:
    changed = set(crosswalk.not_comparable())
    carried = set(crosswalk.carried().values())
    assert len(changed) == 15
    turned: dict[str, int] = {"changed": 0, "carried": 0}
    answered = 0
    for plan in UNITS:
        rounds = sorted(demo.assessment.rounds(demo_id(plan.key)), key=lambda r: r.date)
        before, latest = consensus(demo, rounds[-2].id), consensus(demo, rounds[-1].id)
        for criterion_id, answer in latest.items():
            if criterion_id in changed:
                answered += 1
            previous = before.get(criterion_id)
            if previous is None or previous.value == answer.value:
                continue
            turned["changed" if criterion_id in changed else "carried"] += 1
            assert criterion_id in changed | carried
    # Every finished 1.1.0 round has an agreed answer for each changed criterion.
    assert answered >= 15 * (len(UNITS) - 1)
    # A criterion whose meaning changed is judged anew: its answer turns far more often than
    # one that carried over, whose answer turns only when the unit moved on (or slipped).
    changed_rate = turned["changed"] / answered
    carried_rate = turned["carried"] / (
        sum(len(consensus(demo, r)) for r in _latest(demo)) - answered
    )
    assert changed_rate > 2 * carried_rate


def _latest(demo: Workspace) -> list[str]:
    latest = []
    for plan in UNITS:
        rounds = sorted(demo.assessment.rounds(demo_id(plan.key)), key=lambda r: r.date)
        latest.append(rounds[-1].id)
    return latest


def test_without_a_crosswalk_every_round_uses_the_given_pack(tmp_path: Path) -> None:
    shipped = PackRegistry.load()
    new = shipped.get(PACK_ID, "1.1.0")
    # Both versions, but nothing saying what became of the old criteria: not comparable.
    registry = PackRegistry([shipped.get(PACK_ID, "1.0.0"), new])
    assert earlier_version(registry, new) is None
    with open_workspace(resolve_paths(tmp_path)) as workspace:
        service = AssessmentService(workspace.database, registry)
        build_demo(service, new)
        versions = {r.pack_version for plan in UNITS for r in service.rounds(demo_id(plan.key))}
    assert versions == {"1.1.0"}

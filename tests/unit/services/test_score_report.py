"""The score report reads plain rows: the same figures as the whole-round results, exactly."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.paths import resolve_paths
from promise_tracker.services.score_report import build_score_report, report_json, score_dict
from promise_tracker.services.workspace import Workspace, open_workspace

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module", params=["sqlite3", "sqlalchemy"])
def network(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workspace]:
    """Three units of three rounds: N/A with and without a reason, criteria nobody answered,
    answers carried forward and not confirmed, respondents of every perspective (one who
    answered nothing), a round with respondents only; read by both ways to the database."""
    folder: Path = tmp_path_factory.mktemp("score-report")
    rng = random.Random(17)
    with open_workspace(resolve_paths(folder)) as workspace:
        if request.param == "sqlalchemy":
            assert workspace.database.engine is not None
            assert workspace.database.uses_sqlalchemy
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        criteria = [c.id for c in pack.criteria()]
        for u in range(3):
            unit = service.create_unit(f"Barnahus {u}", country="SE")
            previous = None
            for r in range(3):
                rnd = service.create_round(
                    unit.id,
                    f"Round {r}",
                    dt.date(2020 + r, 3, 1),
                    pack,
                    start_from=previous,  # the team's answers come over, to confirm
                )
                previous = rnd.id
                people = [
                    service.add_respondent(rnd.id, f"R{i}", perspective)
                    for i, perspective in enumerate(
                        ["management", "professionals", "professionals", "clients", "clients"]
                    )
                ]
                answers = []
                for person in people[:-1]:  # the last answers nothing
                    for criterion in criteria:
                        draw = rng.random()
                        if draw < 0.1:
                            continue
                        if draw < 0.2:
                            why = "Not here." if rng.random() < 0.7 else "  "
                            answers.append(
                                Answer(rnd.id, criterion, person.id, "na", na_justification=why)
                            )
                        else:
                            value = rng.choice(("yes", "yes", "no"))
                            answers.append(Answer(rnd.id, criterion, person.id, value))
                service.add_answers(answers)
                if u == 2 and r == 2:
                    continue  # respondents only: the team agreed nothing yet
                for criterion in criteria[: 40 + 10 * r]:
                    if rng.random() < 0.15:
                        value, why = "na", rng.choice(("A reason.", ""))
                    else:
                        value, why = rng.choice(("yes", "no")), ""
                    service.set_answer(Answer(rnd.id, criterion, None, value, na_justification=why))
        yield workspace


def test_round_figures_equal_the_whole_round_results(network: Workspace) -> None:
    service = network.assessment
    checked = 0
    for unit in service.units():
        for assessment_round in service.rounds(unit.id):
            figures = service.round_figures(assessment_round)
            result = service.round_result(assessment_round.id)
            assert figures.consensus == result.consensus
            assert dict(figures.consensus.by_standard) == dict(result.consensus.by_standard)
            assert figures.by_perspective == result.perspectives.by_perspective
            assert figures.respondents_mean == result.perspectives.respondents_mean()
            checked += 1
    assert checked == 9
    # The data has what the test is about.
    answers = [
        a for u in service.units() for r in service.rounds(u.id) for a in service.answers(r.id)
    ]
    assert any(a.carried for a in answers)
    assert any(a.value == "na" and not a.na_justification.strip() for a in answers)
    assert any(a.value == "na" and a.na_justification.strip() for a in answers)


def test_the_report_shows_the_whole_round_results(network: Workspace) -> None:
    service = network.assessment
    report = build_score_report(service)
    rounds = {r["id"]: r for unit in report["units"] for r in unit["rounds"]}
    assert len(rounds) == 9
    for unit in service.units():
        for assessment_round in service.rounds(unit.id):
            shown = rounds[assessment_round.id]
            result = service.round_result(assessment_round.id)
            assert shown["overall"] == score_dict(result.consensus.overall)
            assert [s["number"] for s in shown["standards"]] == [
                s.number for s in result.pack.assessed_units()
            ]
            for standard in shown["standards"]:
                expected = score_dict(result.consensus.by_standard[standard["number"]])
                assert {k: standard[k] for k in expected} == expected
            assert shown["perspectives"] == {
                p: {"respondents": s.respondents, **score_dict(s.overall)}
                for p, s in result.perspectives.by_perspective.items()
            }
            mean = result.perspectives.respondents_mean()
            assert mean is not None
            assert shown["respondents_mean"] == round(mean, 2)


def test_the_json_written_is_what_json_writes(network: Workspace) -> None:
    report = build_score_report(network.assessment)
    assert report_json(report) == json.dumps(report, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        {"text": 'quote " backslash \\ tab \t nul \x00 åäö ✓ \U0001f600', "n": None},
        {"a": [], "b": {}, "c": [{"x": True, "y": False}, [1, [2.5, -0.0, 1e300]]]},
        {"big": 2**70, "small": 1e-12, "nested": {"deeper": {"deepest": [None]}}},
        # What json writes its own way, left to it: NaN, a tuple, a key that is not text.
        {"nan": float("nan")},
        {"tuple": (1, 2)},
        {"keys": {1: "one"}},
    ],
)
def test_any_report_like_value_is_written_as_json_writes_it(value: dict) -> None:  # type: ignore[type-arg]
    assert report_json(value) == json.dumps(value, ensure_ascii=False, indent=2)

"""The score report reads plain rows: the same figures as the whole-round results, exactly."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.paths import resolve_paths
from promise_tracker.services import score_report
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
        # Dicts of plain values at several depths, written by json's C encoder.
        {"a": [{"x": 1, "y": 2.5, "z": "text, \n more", "t": True, "n": None}], "b": {"c": -1}},
        {"flat": {"inf": float("inf"), "ninf": float("-inf"), "int": 3, "float": 3.0}},
        # What json writes its own way, left to it: NaN, a tuple, a key that is not text.
        {"nan": float("nan")},
        {"tuple": (1, 2)},
        {"keys": {1: "one"}},
    ],
)
def test_any_report_like_value_is_written_as_json_writes_it(value: dict) -> None:  # type: ignore[type-arg]
    assert report_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


# --- one pass over an SQLite file ---------------------------------------------------------
#
# `score` hands the report its database: on an SQLite file every round's answers are counted
# in one read, which must give exactly what reading round by round gives.

_REASONS = (
    "Not here.",
    "",
    "   ",
    "\u00a0\u2003\t",  # only whitespace, none of it ASCII: no reason
    "\u00a0Här finns ingen.",  # starts with whitespace that is not ASCII, then words
    "Ärendet hanteras regionalt.",  # starts with a letter that is not ASCII
    "  Later words.",
    "\x1f",  # a control character Python counts as whitespace
)


@pytest.fixture
def unusual(tmp_path: Path) -> Iterator[Workspace]:
    """Two units, rounds on two versions of the standards, N/A reasons of every kind, and
    rows only a hand-edited database holds: a value the scale does not know, a criterion
    the pack does not have, an answer of another round's respondent, a respondent of a
    perspective the pack does not know, a round nobody answered."""
    rng = random.Random(18)
    with open_workspace(resolve_paths(tmp_path)) as workspace:
        service = workspace.assessment
        newer = workspace.packs.latest(PACK_ID)
        older = workspace.packs.get(PACK_ID, "1.0.0")
        assert older.content_hash != newer.content_hash
        for u, pack in enumerate((newer, older)):
            unit = service.create_unit(f"Barnahus {u}", country="SE")
            for r in range(2):
                rnd = service.create_round(unit.id, f"Round {r}", dt.date(2021 + r, 1, 1), pack)
                people = [
                    service.add_respondent(rnd.id, f"R{i}", perspective)
                    for i, perspective in enumerate(("management", "professionals", "clients"))
                ]
                answers = []
                for person in (None, *people):
                    for criterion in (c.id for c in pack.criteria()):
                        if rng.random() < 0.3:
                            why = rng.choice(_REASONS)
                            answers.append(
                                Answer(
                                    rnd.id,
                                    criterion,
                                    person and person.id,
                                    "na",
                                    na_justification=why,
                                )
                            )
                        elif rng.random() < 0.9:
                            value = rng.choice(("yes", "no"))
                            answers.append(Answer(rnd.id, criterion, person and person.id, value))
                service.add_answers(answers)
            service.create_round(unit.id, "Nobody answered", dt.date(2023, 1, 1), pack)
        path = workspace.database.path
        assert path is not None
        with sqlite3.connect(path) as connection:
            rounds = connection.execute("SELECT id FROM rounds ORDER BY date, id").fetchall()
            first, second = rounds[0][0], rounds[1][0]
            stranger = connection.execute(
                "SELECT id FROM respondents WHERE round_id = ? LIMIT 1", (second,)
            ).fetchone()[0]
            connection.execute("UPDATE answers SET value = 'maybe' WHERE id % 37 = 0")
            connection.execute(
                "UPDATE answers SET criterion_id = 'BQS-99-' || id WHERE id % 41 = 0"
            )
            connection.execute("UPDATE answers SET carried = 1 WHERE id % 43 = 0")
            connection.execute(  # R0's answers of the first round, given to another's
                "UPDATE answers SET respondent_id = ? WHERE respondent_id ="
                " (SELECT id FROM respondents WHERE round_id = ? AND alias = 'R0')",
                (stranger, first),
            )
            connection.execute(
                "UPDATE respondents SET perspective = 'neighbours' WHERE alias = 'R2'"
                " AND round_id = ?",
                (first,),
            )
        yield workspace


def test_one_pass_over_the_file_gives_what_round_by_round_gives(unusual: Workspace) -> None:
    service = unusual.assessment
    by_rounds = build_score_report(service)
    one_pass = build_score_report(service, database=unusual.database)
    assert report_json(one_pass) == report_json(by_rounds)
    # The data has what the test is about.
    answers = [
        a for u in service.units() for r in service.rounds(u.id) for a in service.answers(r.id)
    ]
    assert {a.na_justification for a in answers if a.value == "na"} >= set(_REASONS)
    assert any(a.value == "maybe" for a in answers)
    assert any(a.criterion_id.startswith("BQS-99-") for a in answers)
    assert any(a.carried for a in answers)
    assert len({r["pack"]["version"] for u in one_pass["units"] for r in u["rounds"]}) == 2
    perspectives = {p for u in one_pass["units"] for r in u["rounds"] for p in r["perspectives"]}
    assert perspectives == {"management", "professionals", "clients"}


def test_one_pass_reads_no_round_apart(unusual: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    service = unusual.assessment
    expected = report_json(build_score_report(service))

    def refused(*_: object) -> None:
        raise AssertionError("read round by round")

    monkeypatch.setattr(service, "round_figures", refused)
    assert report_json(build_score_report(service, database=unusual.database)) == expected


def test_one_pass_over_a_file_opened_read_only(
    unusual: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = report_json(build_score_report(unusual.assessment))
    unusual.database.close()
    with open_workspace(unusual.paths, read_only=True) as workspace:
        assert workspace.database.read_only

        def refused(*_: object) -> None:
            raise AssertionError("read round by round")

        monkeypatch.setattr(workspace.assessment, "round_figures", refused)
        report = build_score_report(workspace.assessment, database=workspace.database)
    assert report_json(report) == expected


def test_a_file_that_cannot_be_read_in_one_pass_is_read_round_by_round(
    unusual: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = unusual.assessment
    expected = report_json(build_score_report(service))

    def locked(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(score_report, "_attached", locked)
    assert report_json(build_score_report(service, database=unusual.database)) == expected

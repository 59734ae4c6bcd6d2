"""A round's change stamp: one small query telling a window whether anyone changed the round,
its respondents, answers or barriers since it last looked; the same on every engine."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from promise_tracker.domain.entities import Barrier, BarrierKind
from promise_tracker.storage.database import Database
from tests.unit.storage.helpers import (
    fill,
    sample_answer,
    sample_respondent,
    sample_round,
)

Change = Callable[[Any], object]


def _rename(uow: Any) -> object:
    return uow.rounds.update(dataclasses.replace(uow.rounds.get("round-1"), title="Renamed"))


def _change_answer(uow: Any) -> object:
    answer = uow.answers.get("round-1", "1.1")
    return uow.answers.upsert(dataclasses.replace(answer, note="Changed elsewhere."))


def _replace_an_answer(uow: Any) -> object:
    # As many answers as before, each at version 1: only the new row's id tells.
    uow.answers.delete("round-1", "1.1", "resp-1")
    return uow.answers.upsert(sample_answer("resp-1", "1.2"))


def _replace_a_respondent(uow: Any) -> object:
    # As many respondents as before, each at version 1, and no answers of theirs.
    uow.respondents.delete("resp-2")
    return uow.respondents.add(sample_respondent("resp-0"))


def _rename_respondent(uow: Any) -> object:
    respondent = uow.respondents.get("resp-1")
    return uow.respondents.update(dataclasses.replace(respondent, alias="Respondent B"))


CHANGES: dict[str, Change] = {
    "round renamed": _rename,
    "answer added": lambda uow: uow.answers.upsert(sample_answer(None, "1.2")),
    "answer changed": _change_answer,
    "answer removed": lambda uow: uow.answers.delete("round-1", "1.1"),
    "answer removed and another added": _replace_an_answer,
    "respondent added": lambda uow: uow.respondents.add(sample_respondent("resp-3")),
    "respondent changed": _rename_respondent,
    "respondent removed": lambda uow: uow.respondents.delete("resp-2"),
    "respondent removed and another added": _replace_a_respondent,
    "barrier added": lambda uow: uow.barriers.upsert(
        Barrier("round-1", "1.1", BarrierKind.FUNDING)
    ),
}


@pytest.fixture(params=["sqlite-light", "sqlite-sqlalchemy", "postgresql-sqlalchemy"])
def engine_path(request: pytest.FixtureRequest) -> str:
    """SQLite through plain sqlite3 and through SQLAlchemy; a server through SQLAlchemy."""
    return str(request.param)


@pytest.fixture
def backend(engine_path: str) -> str:
    return engine_path.split("-")[0]


@pytest.fixture
def path_kind(engine_path: str) -> str:
    return engine_path.split("-")[1]


@pytest.fixture
def watched(
    database: Database, database_url: str, path_kind: str, tmp_path: Path
) -> Iterator[tuple[Database, Database]]:
    """(this window's database, another computer's) on the same data, one round filled in."""
    fill(database)
    with database.unit_of_work() as uow:
        uow.respondents.add(sample_respondent("resp-2"))  # one without answers
        uow.commit()
    other = Database.open(database_url, tmp_path / "other-backups")
    if path_kind == "sqlalchemy":
        database.engine  # noqa: B018 (from now on its units of work use SQLAlchemy)
        other.engine  # noqa: B018
    assert database.uses_sqlalchemy == (path_kind == "sqlalchemy")
    yield database, other
    other.close()


def stamp(database: Database, round_id: str = "round-1") -> tuple[object, ...]:
    with database.unit_of_work() as uow:
        return tuple(uow.rounds.change_stamp(round_id))


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_saved_elsewhere_changes_the_stamp(
    watched: tuple[Database, Database], change: str
) -> None:
    mine, other = watched
    before = stamp(mine)
    assert stamp(mine) == before  # reading changes nothing
    with other.unit_of_work() as uow:
        CHANGES[change](uow)
        uow.commit()
    after = stamp(mine)
    assert after != before
    assert stamp(other) == after  # every client sees the same stamp


def test_changes_to_other_rounds_leave_the_stamp_alone(
    watched: tuple[Database, Database],
) -> None:
    mine, other = watched
    before = stamp(mine)
    with other.unit_of_work() as uow:
        uow.rounds.add(sample_round("round-2"))
        uow.answers.upsert(dataclasses.replace(sample_answer(), round_id="round-2"))
        uow.commit()
    assert stamp(mine) == before
    assert stamp(mine, "round-2") != stamp(mine, "no-such-round")


def test_a_change_rolled_back_leaves_the_stamp_alone(watched: tuple[Database, Database]) -> None:
    mine, other = watched
    before = stamp(mine)
    with other.unit_of_work() as uow:
        _change_answer(uow)
        uow.rollback()
    assert stamp(mine) == before

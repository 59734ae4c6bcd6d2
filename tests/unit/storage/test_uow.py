"""The unit of work saves only on commit and always cleans up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from promise_tracker.errors import StorageError
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from tests.unit.storage.helpers import (
    count_rows,
    sample_answer,
    sample_event,
    sample_respondent,
    sample_round,
    sample_unit,
)


class UserActionError(Exception):
    """Stands for anything going wrong halfway through a user action."""


def test_commit_saves(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.commit()
    assert count_rows(database)["units"] == 1


def write_everything_then_fail(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.rounds.add(sample_round())
        uow.respondents.add(sample_respondent())
        uow.answers.upsert(sample_answer())
        uow.answers.add_many([sample_answer("resp-1")])
        uow.events.add(sample_event())
        raise UserActionError


def test_exception_rolls_everything_back(database: Database) -> None:
    with pytest.raises(UserActionError):
        write_everything_then_fail(database)
    assert set(count_rows(database).values()) == {0}


def test_leaving_without_commit_rolls_back(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
    with database.unit_of_work() as uow:
        assert uow.units.list() == []


def test_work_after_a_commit_is_rolled_back_unless_committed_again(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.commit()
        uow.units.add(sample_unit("unit-2", "Uncommitted"))
    with database.unit_of_work() as uow:
        assert [unit.id for unit in uow.units.list()] == ["unit-1"]


def test_explicit_rollback_discards(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.rollback()
        uow.units.add(sample_unit("unit-2", "Second"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert [unit.id for unit in uow.units.list()] == ["unit-2"]


def test_session_is_closed_and_connection_returned(database: Database) -> None:
    pool = database.engine.pool
    with database.unit_of_work() as uow:
        uow.units.list()
        assert pool.checkedout() == 1
    assert pool.checkedout() == 0
    with pytest.raises(RuntimeError, match="with block"):
        uow.commit()


def test_a_unit_of_work_is_not_reentrant(database: Database) -> None:
    uow = database.unit_of_work()
    with uow, pytest.raises(RuntimeError, match="already in use"), uow:
        pass


def save_unit(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.commit()


def test_a_locked_database_at_commit_becomes_a_storage_error(
    db_path: Path, backup_dir: Path
) -> None:
    database = Database.open(sqlite_url(db_path), backup_dir, busy_timeout_ms=50)
    blocker = sqlite3.connect(db_path)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="in use by another program"):
            save_unit(database)
    finally:
        blocker.rollback()
        blocker.close()
        database.close()
    assert count_rows(db_path)["units"] == 0

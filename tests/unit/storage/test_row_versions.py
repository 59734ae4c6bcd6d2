"""A row changed since it was read is never overwritten unseen, on both storage paths.

Two app instances (two colleagues, or one person with two windows) may work on one data
folder: each write says which version of the row it started from, and a write over a newer
row is refused with the row as stored now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from promise_tracker.domain.entities import Answer, Event, Respondent, Round, Unit
from promise_tracker.errors import ConflictError
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from tests.unit.storage.helpers import FIXTURE_DATABASES, read_rows
from tests.unit.storage.test_light_storage import KINDS, make_store, new_database

UNIT = Unit("unit-1", "Barnahus Norrvik", "SE", "", "police", 2015)
ROUND = Round("round-1", "unit-1", "Spring 2026", dt.date(2026, 4, 1), "pack", "1.0", "sha256:x")
RESPONDENT = Respondent("resp-1", "round-1", "Police 1", "professionals", "police")
EVENT = Event("event-1", "unit-1", dt.date(2026, 1, 10), "New interview room")


@pytest.fixture(params=(*KINDS, "postgresql"))
def two_stores(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two independent connections to one database, as two app instances (or two PCs of a
    network) have: a file on both SQLite paths, or a database on a PostgreSQL server."""
    path: Path | str
    if request.param == "postgresql":
        path = request.getfixturevalue("database_url")
        Database.open(path, tmp_path / "backups").close()
    else:
        path = tmp_path / "data" / "promise.sqlite"
        new_database(path)
    first, close_first = make_store(str(request.param), path)
    second, close_second = make_store(str(request.param), path)
    with first() as uow:
        uow.units.add(UNIT)
        uow.rounds.add(ROUND)
        uow.respondents.add(RESPONDENT)
        uow.events.add(EVENT)
        uow.commit()
    yield first, second, path
    close_first()
    close_second()


@pytest.fixture
def backend() -> str:
    return "postgresql"  # the database_url of the two_stores on a server


def stored_version(path: Path | str, table: str) -> int:
    """The version of the table's one row, read without the app's repositories."""
    (row,) = read_rows(path if isinstance(path, str) else sqlite_url(path), (table,))[table]
    return int(row["version"])  # type: ignore[call-overload]


def test_new_rows_start_at_version_one_and_each_saved_change_counts(two_stores) -> None:  # type: ignore[no-untyped-def]
    first, _second, path = two_stores
    with first() as uow:
        assert uow.units.get(UNIT.id).version == 1
        saved = uow.answers.upsert(Answer("round-1", "1.1", value="yes"), expected_version=0)
        assert saved.version == 1
        again = uow.answers.upsert(dataclasses.replace(saved, note="Seen"), expected_version=1)
        assert again.version == 2
        renamed = uow.units.update(dataclasses.replace(uow.units.get(UNIT.id), name="Norrvik"))
        assert renamed.version == 2
        # Saving what is already stored changes nothing, so the version stays.
        assert uow.units.update(renamed).version == 2
        uow.commit()
    assert stored_version(path, "answers") == 2
    assert stored_version(path, "units") == 2
    with first() as uow:
        assert [a.version for a in uow.answers.list_for_round("round-1")] == [2]
        assert uow.answers.get("round-1", "1.1").version == 2  # type: ignore[union-attr]


def test_an_answer_changed_elsewhere_is_not_overwritten(two_stores) -> None:  # type: ignore[no-untyped-def]
    first, second, path = two_stores
    with first() as uow:
        shown = uow.answers.upsert(Answer("round-1", "1.1", value="yes"), expected_version=0)
        uow.commit()
    # The other window saves a note.
    with second() as uow:
        theirs = uow.answers.upsert(
            dataclasses.replace(shown, note="From the other window"), expected_version=1
        )
        uow.commit()
    # This window, still showing version 1, sets the flag: refused, with their answer.
    with first() as uow, pytest.raises(ConflictError) as refused:
        uow.answers.upsert(dataclasses.replace(shown, flagged=True), expected_version=1)
    assert refused.value.current == theirs
    assert refused.value.current.version == 2  # type: ignore[union-attr]
    with first() as uow:
        stored = uow.answers.get("round-1", "1.1")
    assert stored == theirs
    assert not stored.flagged  # type: ignore[union-attr]
    assert stored_version(path, "answers") == 2


def test_an_answer_added_or_removed_elsewhere_is_a_conflict_too(two_stores) -> None:  # type: ignore[no-untyped-def]
    first, second, _path = two_stores
    # Both windows showed no answer; the other one answered first.
    with second() as uow:
        theirs = uow.answers.upsert(Answer("round-1", "2.1", value="no"), expected_version=0)
        uow.commit()
    with first() as uow, pytest.raises(ConflictError) as refused:
        uow.answers.upsert(Answer("round-1", "2.1", value="yes"), expected_version=0)
    assert refused.value.current == theirs
    # An answer this window read at version 1 that is gone now.
    with second() as uow:
        assert uow.answers.delete("round-1", "2.1")
        uow.commit()
    with first() as uow, pytest.raises(ConflictError) as gone:
        uow.answers.upsert(Answer("round-1", "2.1", value="yes"), expected_version=1)
    assert gone.value.current is None


def test_imports_write_without_a_version_check(two_stores) -> None:  # type: ignore[no-untyped-def]
    first, second, _path = two_stores
    with first() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", value="yes"), expected_version=0)
        uow.commit()
    with second() as uow:
        saved = uow.answers.upsert(Answer("round-1", "1.1", value="no"))
        uow.commit()
    assert (saved.value, saved.version) == ("no", 2)


@pytest.mark.parametrize(
    ("repository", "entity", "change"),
    [
        ("units", UNIT, {"name": "Barnahus Söder"}),
        ("rounds", ROUND, {"title": "Autumn 2026"}),
        ("respondents", RESPONDENT, {"alias": "Police 2"}),
        ("events", EVENT, {"title": "Moved house"}),
    ],
)
def test_a_record_changed_elsewhere_is_not_overwritten(  # type: ignore[no-untyped-def]
    two_stores, repository: str, entity: object, change: dict[str, str]
) -> None:
    first, second, _path = two_stores
    with first() as uow:
        shown = getattr(uow, repository).get(entity.id)  # type: ignore[attr-defined]
    with second() as uow:
        theirs = getattr(uow, repository).update(dataclasses.replace(shown, **change))
        uow.commit()
    mine = dataclasses.replace(shown, **{key: "Mine" for key in change})
    with first() as uow, pytest.raises(ConflictError) as refused:
        getattr(uow, repository).update(mine)
    assert refused.value.current == theirs
    with first() as uow:
        assert getattr(uow, repository).get(entity.id) == theirs  # type: ignore[attr-defined]
    # Saved again from what is stored now, the change goes through.
    with first() as uow:
        saved = getattr(uow, repository).update(
            dataclasses.replace(theirs, **{k: "Mine" for k in change})
        )
        uow.commit()
    assert saved.version == theirs.version + 1


def test_an_older_database_gets_version_one_on_every_row(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    copy.write_bytes((FIXTURE_DATABASES / "schema-0002.sqlite").read_bytes())
    Database.open(sqlite_url(copy), tmp_path / "backups").close()
    with closing(sqlite3.connect(copy)) as connection:
        for table in ("units", "rounds", "respondents", "answers", "events"):
            versions = {row[0] for row in connection.execute(f"SELECT version FROM {table}")}
            assert versions == {1}, table


def lock_waits(url: str) -> int:
    """How many sessions on the server database wait for a lock another one holds."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


def test_an_answer_added_on_two_computers_at_the_same_moment_is_a_conflict(
    database_url: str, tmp_path: Path
) -> None:
    # On a server both clients read "no answer yet" before either saves: the second one's
    # INSERT waits for the first one's, then meets its key. That is a conflict showing the
    # first one's answer, as if it had been read, not a database error.
    Database.open(database_url, tmp_path / "backups").close()
    first, close_first = make_store("sqlalchemy", database_url)
    second, close_second = make_store("sqlalchemy", database_url)
    with first() as uow:
        uow.units.add(UNIT)
        uow.rounds.add(ROUND)
        uow.commit()
    outcome: list[object] = []

    def save_theirs() -> None:
        try:
            with second() as uow:
                uow.answers.upsert(Answer("round-1", "1.1", value="no"), expected_version=0)
                uow.commit()
        except Exception as exc:  # the test asserts what it was
            outcome.append(exc)

    try:
        with first() as uow:
            mine = uow.answers.upsert(Answer("round-1", "1.1", value="yes"), expected_version=0)
            other = threading.Thread(target=save_theirs)
            other.start()
            for _attempt in range(100_000):  # until their INSERT waits for this one's
                if lock_waits(database_url):
                    break
            uow.commit()
        other.join()
    finally:
        close_first()
        close_second()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ConflictError)
    assert outcome[0].current == mine
    assert stored_version(database_url, "answers") == 1

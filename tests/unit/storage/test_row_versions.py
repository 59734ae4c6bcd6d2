"""A row changed since it was read is never overwritten unseen, on both storage paths.

Two app instances (two colleagues, or one person with two windows) may work on one data
folder: each write says which version of the row it started from, and a write over a newer
row is refused with the row as stored now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer, Event, Respondent, Round, Unit
from promise_tracker.errors import ConflictError
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from tests.unit.storage.helpers import FIXTURE_DATABASES
from tests.unit.storage.test_light_storage import KINDS, make_store, new_database

UNIT = Unit("unit-1", "Barnahus Norrvik", "SE", "", "police", 2015)
ROUND = Round("round-1", "unit-1", "Spring 2026", dt.date(2026, 4, 1), "pack", "1.0", "sha256:x")
RESPONDENT = Respondent("resp-1", "round-1", "Police 1", "professionals", "police")
EVENT = Event("event-1", "unit-1", dt.date(2026, 1, 10), "New interview room")


@pytest.fixture(params=KINDS)
def two_stores(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two independent connections to one database file, as two app instances have."""
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


def stored_version(path: Path, table: str, where: str = "1 = 1") -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute(f"SELECT version FROM {table} WHERE {where}").fetchone()[0])


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

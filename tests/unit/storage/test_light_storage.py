"""The sqlite3 units of work (light.py) and the SQLAlchemy ones store and read the same rows.

The app uses the light path for an SQLite file at the current schema, so that it is ready to
work before SQLAlchemy is imported; these tests hold both implementations to one contract.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
    Change,
    ChangeAction,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.errors import NotFoundError, StorageError
from promise_tracker.storage.database import HEAD_REVISION, Database
from promise_tracker.storage.engine import make_engine, sqlite_url
from promise_tracker.storage.light import (
    LightConnections,
    LightUnitOfWork,
    local_author,
    sqlite_file_of_url,
)
from promise_tracker.storage.uow import UnitOfWork
from tests.unit.storage.helpers import FIXTURE_DATABASES, TABLES, count_rows

# Every table of the current schema (TABLES: those of every released schema).
ALL_TABLES = (*TABLES, "actions", "barriers", "changes")

KINDS = ("light", "sqlalchemy")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$")
TIMESTAMP_COLUMNS = {"created_at", "updated_at", "changed_at"}

Store = Callable[[], AbstractContextManager[Any]]
EPOCH = dt.datetime(2000, 1, 1)


def new_database(path: Path) -> None:
    Database.open(sqlite_url(path), path.parent / "backups").close()


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_store(kind: str, path: Path | str) -> tuple[Store, Callable[[], None]]:
    """A factory of units of work of one kind on the database file at path (or at the URL of
    a server database, for SQLAlchemy), and its closer."""
    if kind == "light":
        assert isinstance(path, Path)
        connections = LightConnections(path, busy_timeout_ms=5000)
        return (lambda: LightUnitOfWork(connections)), connections.close
    engine = make_engine(path if isinstance(path, str) else sqlite_url(path))
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    return (lambda: UnitOfWork(factory)), engine.dispose


@pytest.fixture
def store(kind: str, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "data" / f"{kind}.sqlite"
    new_database(path)
    factory, close = make_store(kind, path)
    yield factory
    close()


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table with each value's SQLite storage class, read with sqlite3."""
    result: dict[str, list[dict[str, Any]]] = {}
    with closing(sqlite3.connect(path)) as connection:
        for table in ALL_TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            selected = ", ".join(f"{c}, typeof({c})" for c in columns)
            rows = connection.execute(f"SELECT {selected} FROM {table} ORDER BY id").fetchall()
            result[table] = [
                {column: (row[2 * i], row[2 * i + 1]) for i, column in enumerate(columns)}
                for row in rows
            ]
    return result


def without_timestamps(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    return {
        table: [{k: v for k, v in row.items() if k not in TIMESTAMP_COLUMNS} for row in table_rows]
        for table, table_rows in rows.items()
    }


UNIT_A = Unit("unit-a", "Barnahus Örebro", "SE", "Örebro län", "police", 2016)
UNIT_B = Unit("unit-b", "Barnahus Reykjavík", "IS", "", "", None)
ROUND_1 = Round("round-1", "unit-a", "Baseline", dt.date(2025, 3, 1), "bqs", "1.0.0", "sha:1")
ROUND_2 = Round(
    "round-2",
    "unit-a",
    "Follow-up",
    dt.date(2026, 3, 1),
    "bqs",
    "1.1.0",
    "sha:2",
    compare_round_id="round-1",
)
ROUND_3 = Round("round-3", "unit-b", "First", dt.date(2026, 1, 9), "bqs", "1.1.0", "sha:2")
RESP_1 = Respondent("resp-1", "round-2", "Zoë", "staff", "health")
RESP_2 = Respondent("resp-2", "round-2", "Anna", "management", "police")
EVENT_1 = Event("event-1", "unit-a", dt.date(2025, 6, 1), "Opened a second room", "")
EVENT_2 = Event("event-2", "unit-a", dt.date(2024, 6, 1), "Moved", "To the centre.")
ACTION_1 = Action(
    "action-1",
    "unit-a",
    "2.1",
    "Agree a protocol with the police",
    round_id="round-1",
    lead_agency="police",
    responsible_role="Barnahus coordinator",
    due_date=dt.date(2026, 3, 1),
)
ACTION_2 = Action("action-2", "unit-a", "1.1", "Find funding", round_id="round-2")
ACTION_3 = Action("action-3", "unit-b", "3.1", "Train staff", due_date=dt.date(2025, 1, 1))
BARRIER_1 = Barrier("round-2", "2.1", BarrierKind.LAW_OR_POLICY, "The police act")
BARRIER_2 = Barrier("round-3", "3.1", BarrierKind.OTHER, "Building work")


def scenario(store: Store) -> list[object]:
    """A day of work through every repository method; returns what each read gave."""
    seen: list[object] = []

    def step(work: Callable[[Any], object], *, commit: bool = True) -> None:
        with store() as uow:
            seen.append(work(uow))
            if commit:
                uow.commit()

    def add_all(uow: Any) -> None:
        uow.units.add(UNIT_A)
        uow.units.add(UNIT_B)
        for item in (ROUND_1, ROUND_2, ROUND_3):
            uow.rounds.add(item)
        uow.respondents.add(RESP_1)
        uow.respondents.add(RESP_2)
        uow.events.add(EVENT_1)
        uow.events.add(EVENT_2)

    step(add_all)
    step(
        lambda uow: (
            uow.units.list(),
            uow.units.get("unit-b"),
            uow.rounds.list_for_unit("unit-a"),
            uow.rounds.list_all(),
            uow.rounds.get("round-2"),
            uow.respondents.list_for_round("round-2"),
            uow.respondents.get("resp-1"),
            uow.events.list_for_unit("unit-a"),
            uow.events.get("event-2"),
        )
    )

    def answers(uow: Any) -> object:
        uow.answers.upsert(Answer("round-2", "2.1", None, "yes", "Agreed.", "", True, "Anna: no"))
        uow.answers.upsert(Answer("round-2", "2.1", "resp-1", "no", "Not yet."))
        uow.answers.upsert(Answer("round-2", "1.1", None, "na", "", "Not our mandate."))
        uow.answers.upsert(Answer("round-2", "1.1", None, "na", "", "Not our mandate."))
        uow.answers.upsert(Answer("round-2", "2.1", None, "no", "Changed our mind.", "", False))
        uow.answers.upsert(Answer("round-2", "10.1", None, None, "Unanswered, a note only."))
        count = uow.answers.add_many(  # rounds interleaved: history rows in this order
            [
                Answer("round-2", "3.1", "resp-2", "yes", "", "", True, "x"),
                Answer("round-1", "3.1", None, "no"),
                Answer("round-2", "3.1", None, "partly", "=SUM(A1)"),
            ]
        )
        return (
            count,
            uow.answers.add_many([]),
            uow.answers.get("round-2", "2.1"),
            uow.answers.get("round-2", "2.1", "resp-1"),
            uow.answers.get("round-2", "9.9"),
            uow.answers.list_for_round("round-2"),
            uow.answers.list_consensus_for_round("round-2"),
        )

    step(answers)

    def changes(uow: Any) -> object:
        uow.units.update(dataclasses.replace(UNIT_B, name="Barnahus Iceland", year_opened=1998))
        uow.rounds.update(
            dataclasses.replace(ROUND_3, title="First, renamed", status=RoundStatus.FINALISED)
        )
        uow.respondents.update(dataclasses.replace(RESP_2, alias="Anna B", agency="social"))
        uow.events.update(dataclasses.replace(EVENT_1, description="Paid by the region."))
        return (
            uow.answers.delete("round-2", "1.1"),
            uow.answers.delete("round-2", "1.1"),
            uow.answers.delete("round-2", "3.1", "resp-2"),
        )

    step(changes)
    step(lambda uow: uow.units.add(Unit("unit-c", "Never saved")), commit=False)

    def plans(uow: Any) -> object:
        for action in (ACTION_1, ACTION_2, ACTION_3):
            uow.actions.add(action)
        first = uow.barriers.upsert(BARRIER_1)
        uow.barriers.upsert(BARRIER_2)
        again = uow.barriers.upsert(dataclasses.replace(BARRIER_1, kind=BarrierKind.FUNDING))
        uow.answers.upsert(Answer("round-2", "4.1", None, "yes", "From 2024.", carried=True))
        done = uow.actions.update(
            dataclasses.replace(ACTION_2, status=ActionStatus.DONE, progress_note="Granted.")
        )
        return (
            first,
            again,
            done,
            uow.actions.get("action-1"),
            uow.actions.list_for_unit("unit-a"),
            uow.barriers.get("round-2", "2.1"),
            uow.barriers.get("round-2", "9.9"),
            uow.barriers.list_for_round("round-2"),
            uow.answers.get("round-2", "4.1"),
            uow.barriers.delete("round-3", "3.1"),
            uow.barriers.delete("round-3", "3.1"),
        )

    step(plans)

    def moves(uow: Any) -> object:
        # A round moved to a new pack version: records and their history follow the criteria.
        return (
            uow.answers.move_criteria("round-2", {"2.1": "2.2", "4.1": "2.1"}),
            uow.barriers.move_criteria("round-2", {"2.1": "2.2"}),
        )

    step(moves)

    def deletes(uow: Any) -> object:
        uow.respondents.delete("resp-1")  # takes its answers along
        uow.events.delete("event-2")
        uow.rounds.delete("round-1")  # round-2 stays, no longer compared with it
        uow.units.delete("unit-b")  # with round-3
        return (
            uow.units.list(),
            uow.rounds.list_all(),
            uow.answers.list_for_round("round-2"),
            uow.answers.list_for_round("round-1"),
            uow.respondents.list_for_round("round-2"),
            uow.events.list_for_unit("unit-a"),
            uow.actions.list_for_unit("unit-a"),  # round-1 deleted: action-1 stays
            uow.actions.list_for_unit("unit-b"),  # unit-b deleted: with its actions
        )

    step(deletes)

    def history(uow: Any) -> object:
        # Everything but the time, which differs between the two runs.
        def seen(changes: list[Change]) -> list[tuple[object, ...]]:
            return [dataclasses.astuple(dataclasses.replace(c, changed_at=EPOCH)) for c in changes]

        return (
            seen(uow.changes.for_criterion("round-2", "2.2")),
            seen(uow.changes.for_criterion("round-2", "9.9")),
            seen(uow.changes.for_round("round-2")),
        )

    step(history)
    return seen


def test_both_paths_read_and_write_identical_rows(tmp_path: Path) -> None:
    results = {}
    rows = {}
    for kind in KINDS:
        path = tmp_path / kind / "promise.sqlite"
        new_database(path)
        factory, close = make_store(kind, path)
        try:
            results[kind] = scenario(factory)
        finally:
            close()
        rows[kind] = dump(path)

    assert results["light"] == results["sqlalchemy"]
    assert without_timestamps(rows["light"]) == without_timestamps(rows["sqlalchemy"])
    # The scenario reached every table, and what a person would check is there.
    assert all(rows["light"][table] for table in ("units", "rounds", "answers", "events"))
    assert [r["name"][0] for r in rows["light"]["units"]] == ["Barnahus Örebro"]
    assert rows["light"]["rounds"][0]["compare_round_id"] == (None, "null")
    # Timestamps are stored in the same text form, so both sort and compare alike.
    for kind in KINDS:
        for table_rows in rows[kind].values():
            for row in table_rows:
                for column in TIMESTAMP_COLUMNS & row.keys():
                    value, storage = row[column]
                    assert storage == "text"
                    assert TIMESTAMP.match(value), (kind, column, value)


def test_the_entities_read_back_are_those_written(store: Store) -> None:
    seen = scenario(store)
    listed = seen[1]
    assert isinstance(listed, tuple)
    assert listed[0] == [UNIT_B, UNIT_A]  # by name, as SQLite compares text (Ö after R)
    assert listed[2] == [ROUND_1, ROUND_2]
    assert listed[4] == ROUND_2
    assert listed[5] == [RESP_2, RESP_1]  # by alias
    assert listed[7] == [EVENT_2, EVENT_1]  # oldest first
    answers = seen[2]
    assert isinstance(answers, tuple)
    assert answers[0] == 3
    assert answers[2] == Answer("round-2", "2.1", None, "no", "Changed our mind.", "", False, "")
    assert answers[4] is None
    # By criterion id, the consensus answer first.
    assert [(a.criterion_id, a.respondent_id) for a in answers[5]] == [
        ("1.1", None),
        ("10.1", None),
        ("2.1", None),
        ("2.1", "resp-1"),
        ("3.1", None),
        ("3.1", "resp-2"),
    ]
    assert seen[3] == (True, False, True)
    plans = seen[5]
    assert isinstance(plans, tuple)
    assert plans[0] == BARRIER_1
    assert plans[0].version == 1
    assert plans[1] == dataclasses.replace(BARRIER_1, kind=BarrierKind.FUNDING)
    assert plans[1].version == 2
    assert plans[2].status is ActionStatus.DONE
    assert plans[2].version == 2
    assert plans[3] == ACTION_1
    assert plans[4] == [
        ACTION_1,
        dataclasses.replace(ACTION_2, status=ActionStatus.DONE, progress_note="Granted."),
    ]  # due first
    assert plans[5] == plans[1]
    assert plans[6] is None
    assert plans[7] == [plans[1]]
    assert plans[8] == Answer("round-2", "4.1", None, "yes", "From 2024.", carried=True)
    assert plans[8].to_confirm
    assert plans[9:] == (True, False)
    after = seen[7]
    assert isinstance(after, tuple)
    assert [a.id for a in after[6]] == ["action-1", "action-2"]
    assert after[6][0].round_id is None
    assert after[7] == []
    # The history of a criterion, newest first: the answers and the barrier moved to 2.2 with
    # their history, a respondent's answer removed with the respondent.
    by_criterion, nothing, by_round = seen[8]
    assert [(c[5], c[7], c[4], c[8]) for c in by_criterion] == [
        ("answer", ChangeAction.REMOVED, "resp-1", "value: no → -; note"),
        ("barrier", ChangeAction.CHANGED, None, "criterion_id: 2.1 → 2.2"),
        ("answer", ChangeAction.CHANGED, None, "criterion_id: 2.1 → 2.2"),
        ("barrier", ChangeAction.CHANGED, None, "kind: law-or-policy → funding"),
        ("barrier", ChangeAction.ADDED, None, "kind: - → law-or-policy; text"),
        ("answer", ChangeAction.CHANGED, None, "value: yes → no; note; flagged: yes → no; dissent"),
        ("answer", ChangeAction.ADDED, "resp-1", "value: - → no; note"),
        ("answer", ChangeAction.ADDED, None, "value: - → yes; note; flagged: - → yes; dissent"),
    ]
    assert nothing == []
    assert {c[9] for c in by_round} == {local_author()}
    # Saving an answer unchanged, and the work never committed, recorded nothing.
    assert [c[8] for c in by_round if c[3] == "1.1" and c[5] == "answer"] == [
        "value: na → -; na_justification",
        "value: - → na; na_justification",
    ]


def test_round_updated_at_moves_only_when_the_round_changed(store: Store, tmp_path: Path) -> None:
    with store() as uow:
        uow.units.add(UNIT_A)
        uow.rounds.add(ROUND_1)
        uow.commit()
    path = next(tmp_path.glob("data/*.sqlite"))

    def stamps() -> tuple[str, str]:
        with closing(sqlite3.connect(path)) as connection:
            row = connection.execute("SELECT created_at, updated_at FROM rounds").fetchone()
        return row[0], row[1]

    before = stamps()
    time.sleep(0.01)
    with store() as uow:
        uow.rounds.update(ROUND_1)
        uow.commit()
    assert stamps() == before
    with store() as uow:
        uow.rounds.update(dataclasses.replace(ROUND_1, title="Renamed"))
        uow.commit()
    after = stamps()
    assert after[0] == before[0]
    assert after[1] > before[1]


def test_an_answer_saved_again_gets_a_new_updated_at(store: Store, tmp_path: Path) -> None:
    with store() as uow:
        uow.units.add(UNIT_A)
        uow.rounds.add(ROUND_1)
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
        uow.commit()
    path = next(tmp_path.glob("data/*.sqlite"))
    query = "SELECT id, updated_at FROM answers"
    with closing(sqlite3.connect(path)) as connection:
        first = connection.execute(query).fetchall()
    time.sleep(0.01)
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
        uow.commit()
    with closing(sqlite3.connect(path)) as connection:
        second = connection.execute(query).fetchall()
    assert len(second) == 1
    assert second[0][0] == first[0][0]  # the same row, replaced
    assert second[0][1] > first[0][1]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda uow: uow.units.get("x"), "No unit with id x"),
        (lambda uow: uow.units.update(dataclasses.replace(UNIT_A, id="x")), "No unit with id x"),
        (lambda uow: uow.units.delete("x"), "No unit with id x"),
        (lambda uow: uow.rounds.get("x"), "No round with id x"),
        (lambda uow: uow.rounds.update(dataclasses.replace(ROUND_1, id="x")), "No round with id x"),
        (lambda uow: uow.rounds.delete("x"), "No round with id x"),
        (lambda uow: uow.respondents.get("x"), "No respondent with id x"),
        (lambda uow: uow.respondents.delete("x"), "No respondent with id x"),
        (lambda uow: uow.events.get("x"), "No event with id x"),
        (lambda uow: uow.events.delete("x"), "No event with id x"),
    ],
)
def test_missing_records_raise_the_same_not_found(
    store: Store, call: Callable[[Any], object], message: str
) -> None:
    with store() as uow, pytest.raises(NotFoundError) as caught:
        call(uow)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda uow: uow.units.add(UNIT_A), "UNIQUE"),
        (lambda uow: uow.rounds.add(dataclasses.replace(ROUND_1, id="r", unit_id="x")), "FOREIGN"),
        (
            lambda uow: uow.rounds.add(
                dataclasses.replace(ROUND_1, id="r", compare_round_id="nowhere")
            ),
            "FOREIGN KEY constraint failed",
        ),
        (lambda uow: uow.answers.upsert(Answer("nowhere", "1.1")), "FOREIGN KEY"),
        (lambda uow: uow.answers.add_many([Answer("round-1", "1.1")] * 2), "UNIQUE"),
    ],
)
def test_broken_rules_raise_sqlalchemys_integrity_error_and_save_nothing(
    store: Store, tmp_path: Path, call: Callable[[Any], object], match: str
) -> None:
    # Imports catch sqlalchemy.exc.IntegrityError, whichever path stored the rows.
    with store() as uow:
        uow.units.add(UNIT_A)
        uow.rounds.add(ROUND_1)
        uow.commit()
    path = next(tmp_path.glob("data/*.sqlite"))
    before = count_rows(path)

    def attempt() -> None:
        with store() as uow:
            call(uow)
            uow.commit()

    with pytest.raises(IntegrityError, match=match):
        attempt()
    assert count_rows(path) == before


def test_leaving_without_commit_saves_nothing_and_the_connection_is_reused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    new_database(path)
    connections = LightConnections(path, busy_timeout_ms=5000)
    try:
        with LightUnitOfWork(connections) as uow:
            uow.units.add(UNIT_A)
            assert connections.checked_out == 1
        assert connections.checked_out == 0
        with LightUnitOfWork(connections) as uow:
            assert uow.units.list() == []
        with pytest.raises(RuntimeError, match="with block"):
            uow.commit()
        work = LightUnitOfWork(connections)
        with work, pytest.raises(RuntimeError, match="already in use"), work:
            pass
        with closing(sqlite3.connect(path)) as probe:
            assert probe.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connections.close()


def test_light_connections_get_the_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    new_database(path)
    connections = LightConnections(path, busy_timeout_ms=1234)
    try:
        connection = connections.acquire()
        pragmas = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
        connections.release(connection)
    finally:
        connections.close()
    assert pragmas == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 1,
        "busy_timeout": 1234,
    }


def save(work: LightUnitOfWork) -> None:
    with work as uow:
        uow.units.add(UNIT_A)
        uow.commit()


def test_a_locked_database_at_save_becomes_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    new_database(path)
    connections = LightConnections(path, busy_timeout_ms=50)
    blocker = sqlite3.connect(path)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="in use by another program"):
            save(LightUnitOfWork(connections))
    finally:
        blocker.rollback()
        blocker.close()
        connections.close()
    assert count_rows(path)["units"] == 0


# --- which path Database takes --------------------------------------------------------------


def test_a_database_at_head_works_without_importing_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    new_database(path)
    script = f"""
import datetime as dt, sys
from pathlib import Path
from promise_tracker.domain.entities import Answer, Round, Unit
from promise_tracker.storage.database import Database
database = Database.open({f"sqlite:///{path}"!r}, Path({str(tmp_path / "backups")!r}))
with database.unit_of_work() as uow:
    uow.units.add(Unit("u", "Unit"))
    uow.rounds.add(Round("r", "u", "Round", dt.date(2026, 1, 1), "p", "1", "h"))
    uow.answers.upsert(Answer("r", "1.1", None, "yes"))
    uow.commit()
with database.unit_of_work() as uow:
    assert [a.value for a in uow.answers.list_for_round("r")] == ["yes"]
assert not database.uses_sqlalchemy
database.close()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
    assert count_rows(path)["answers"] == 1


def test_asking_for_the_engine_switches_units_of_work_to_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    new_database(path)
    with Database.open(sqlite_url(path), tmp_path / "backups") as database:
        with database.unit_of_work() as uow:
            assert isinstance(uow, LightUnitOfWork)
            uow.units.add(UNIT_A)
            uow.commit()
        assert database.engine is database.engine
        assert database.uses_sqlalchemy
        with database.unit_of_work() as uow:
            assert isinstance(uow, UnitOfWork)
            assert uow.units.list() == [UNIT_A]  # what the light path saved


def test_a_database_needing_a_migration_is_backed_up_and_migrated_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", path)
    rows_before = count_rows(path)
    backups = tmp_path / "backups"
    with Database.open(sqlite_url(path), backups) as database:
        assert database.schema_revision == HEAD_REVISION
        with database.unit_of_work() as uow:
            units = uow.units.list()
            rounds = [r for u in units for r in uow.rounds.list_for_unit(u.id)]
            answers = [a for r in rounds for a in uow.answers.list_for_round(r.id)]
    (backup,) = backups.iterdir()
    assert count_rows(backup) == rows_before  # the copy holds the data as it was
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    assert count_rows(path) == rows_before
    assert len(answers) == rows_before["answers"]
    assert {a.dissent for a in answers} == {""}  # the column added by 0002, read by sqlite3


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////tmp/promise tracker/data.sqlite",
        "sqlite:///relative/data.sqlite",
        "sqlite:////tmp/å ö/ünïcode.db",
        "sqlite:////tmp/a+b=c&d.sqlite",
        # escaped as paths.sqlite_url escapes a data folder like /tmp/y/q?x or /tmp/%41
        "sqlite:////tmp/odd%23name.sqlite",
        "sqlite:////tmp/y/q%3Fx/promise-tracker.sqlite",
        "sqlite:////tmp/%2541/a%40b.sqlite",
        "sqlite:///%3Amemory%3A.d/x.sqlite",
    ],
)
def test_plain_sqlite_urls_are_read_as_sqlalchemy_reads_them(url: str) -> None:
    assert str(sqlite_file_of_url(url)) == make_url(url).database


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:data.db?mode=ro&uri=true",
        "sqlite:////tmp/data.sqlite?timeout=30",
        "postgresql+psycopg://user:secret@host/db",
    ],
)
def test_other_urls_are_left_to_sqlalchemy(url: str) -> None:
    assert sqlite_file_of_url(url) is None


@pytest.mark.parametrize(
    ("full", "light"),
    [
        ("UnitRepository", "LightUnitRepository"),
        ("RoundRepository", "LightRoundRepository"),
        ("RespondentRepository", "LightRespondentRepository"),
        ("AnswerRepository", "LightAnswerRepository"),
        ("EventRepository", "LightEventRepository"),
        ("ActionRepository", "LightActionRepository"),
        ("BarrierRepository", "LightBarrierRepository"),
        ("ChangeRepository", "LightChangeRepository"),
        ("UnitOfWork", "LightUnitOfWork"),
    ],
)
def test_the_light_classes_offer_every_public_method_of_the_full_ones(
    full: str, light: str
) -> None:
    # A method added to the SQLAlchemy repositories needs its sqlite3 twin (and a line in
    # scenario() above), or the app would fail only on the light path.
    from promise_tracker.storage import light as light_module
    from promise_tracker.storage import repositories, uow

    full_class = getattr(repositories, full, None) or getattr(uow, full)
    light_class = getattr(light_module, light)

    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")} - {"row_type", "noun"}

    assert public(full_class) <= public(light_class) | set(
        getattr(light_class, "__annotations__", {})
    )

"""Who did what: every saved change is recorded, with its author and time, in its transaction.

On an SQLite file (both storage paths) and on a PostgreSQL server; the sqlite3 path and the
SQLAlchemy one writing the very same rows is held in test_light_storage.py.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, make_url
from sqlalchemy.orm import sessionmaker

import promise_tracker.storage.light as light_module
from promise_tracker.domain.entities import (
    Answer,
    Barrier,
    BarrierKind,
    ChangeAction,
    Respondent,
    Round,
    Unit,
)
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import make_engine, sqlite_url
from promise_tracker.storage.light import LightConnections, LightUnitOfWork, local_author
from promise_tracker.storage.migrate import alembic_config
from promise_tracker.storage.uow import UnitOfWork
from tests.postgres import ThrowawayServer

UNIT = Unit("unit-1", "Barnahus Linköping", "SE")
ROUND = Round("round-1", "unit-1", "Baseline", dt.date(2026, 3, 1), "bqs", "1.0.0", "sha:1")
RESPONDENT = Respondent("resp-1", "round-1", "Zoë", "staff", "health")

Store = Callable[[], AbstractContextManager[Any]]
KINDS = ("light", "sqlalchemy", "postgresql")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@pytest.fixture(params=KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Units of work on an SQLite file (sqlite3 or SQLAlchemy) or on a PostgreSQL server."""
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
        Database.open(url, tmp_path / "backups").close()
        engine = make_engine(url)
        factory = sessionmaker(bind=engine, expire_on_commit=False)
        yield lambda: UnitOfWork(factory)
        engine.dispose()
        return
    path = tmp_path / "data" / "promise.sqlite"
    Database.open(sqlite_url(path), tmp_path / "backups").close()
    if request.param == "light":
        connections = LightConnections(path, busy_timeout_ms=5000)
        yield lambda: LightUnitOfWork(connections)
        connections.close()
        return
    engine = make_engine(sqlite_url(path))
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    yield lambda: UnitOfWork(factory)
    engine.dispose()


def with_round(store: Store) -> None:
    with store() as uow:
        uow.units.add(UNIT)
        uow.rounds.add(ROUND)
        uow.respondents.add(RESPONDENT)
        uow.commit()


def test_saving_answers_records_who_when_and_what_changed(store: Store) -> None:
    with_round(store)
    before = utc_now()
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes", "A long evidence note."))
        uow.commit()
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "no", "A changed note.", flagged=True))
        uow.answers.upsert(Answer("round-1", "1.1", "resp-1", "na", na_justification="Not ours."))
        uow.commit()
    with store() as uow:
        uow.answers.delete("round-1", "1.1", "resp-1")
        uow.commit()
    after = utc_now()
    with store() as uow:
        history = uow.changes.for_criterion("round-1", "1.1")
        author = uow.changes.for_round("round-1")[0].changed_by

    # Newest first; the summary gives old → new values but never copies the notes.
    assert [(c.action, c.respondent_id, c.summary) for c in history] == [
        (ChangeAction.REMOVED, "resp-1", "value: na → -; na_justification"),
        (ChangeAction.ADDED, "resp-1", "value: - → na; na_justification"),
        (ChangeAction.CHANGED, None, "value: yes → no; note; flagged: no → yes"),
        (ChangeAction.ADDED, None, "value: - → yes; note"),
    ]
    assert all(c.unit_id == "unit-1" and c.record == "answer" for c in history)
    assert all(c.changed_by == author for c in history)
    assert all(before <= c.changed_at <= after and c.changed_at.tzinfo is None for c in history)
    assert "evidence" not in " ".join(c.summary for c in history)


def test_saving_an_answer_unchanged_records_nothing(store: Store) -> None:
    with_round(store)
    for _ in range(2):
        with store() as uow:
            uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
            uow.commit()
    with store() as uow:
        assert len(uow.changes.for_criterion("round-1", "1.1")) == 1


def test_every_kind_of_record_is_recorded(store: Store) -> None:
    with_round(store)
    with store() as uow:
        uow.barriers.upsert(Barrier("round-1", "2.1", BarrierKind.FUNDING, "No budget."))
        uow.respondents.update(Respondent("resp-1", "round-1", "Zoë", "staff", "police"))
        uow.rounds.update(Round(**{**ROUND.__dict__, "title": "Baseline 2026"}))
        uow.units.update(Unit("unit-1", "Barnahus Linköping", "SE", year_opened=2008))
        uow.commit()
    with store() as uow:
        in_round = uow.changes.for_round("round-1")
    assert [(c.record, c.action, c.summary) for c in in_round] == [
        ("round", ChangeAction.CHANGED, "title"),
        ("respondent", ChangeAction.CHANGED, "agency: health → police"),
        ("barrier", ChangeAction.ADDED, "kind: - → funding; text"),
        ("respondent", ChangeAction.ADDED, "alias; perspective: - → staff; agency: - → health"),
        (
            "round",
            ChangeAction.ADDED,
            "title; date: - → 2026-03-01; pack_id: - → bqs; pack_version: - → 1.0.0;"
            " status: - → draft",
        ),
    ]


def test_a_change_rolled_back_leaves_no_record(store: Store) -> None:
    with_round(store)
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
        # left without commit
    with store() as uow:
        assert uow.answers.get("round-1", "1.1") is None
        assert uow.changes.for_criterion("round-1", "1.1") == []


def test_a_change_that_cannot_be_recorded_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    Database.open(sqlite_url(path), tmp_path / "backups").close()
    connections = LightConnections(path, busy_timeout_ms=5000)
    try:
        with_round(lambda: LightUnitOfWork(connections))
        with closing(sqlite3.connect(path)) as connection:
            connection.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON changes"
                " BEGIN SELECT RAISE(ABORT, 'history refused'); END"
            )
            connection.commit()

        def save() -> None:
            with LightUnitOfWork(connections) as uow:
                uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
                uow.commit()

        with pytest.raises(Exception, match="history refused"):
            save()
        with LightUnitOfWork(connections) as uow:
            assert uow.answers.get("round-1", "1.1") is None
    finally:
        connections.close()


def test_on_a_file_the_author_is_the_login_name(tmp_path: Path) -> None:
    path = tmp_path / "data" / "promise.sqlite"
    Database.open(sqlite_url(path), tmp_path / "backups").close()
    connections = LightConnections(path, busy_timeout_ms=5000)
    try:
        with_round(lambda: LightUnitOfWork(connections))
        with LightUnitOfWork(connections) as uow:
            [change] = [c for c in uow.changes.for_round("round-1") if c.record == "round"]
    finally:
        connections.close()
    assert change.changed_by == getpass.getuser()


def test_without_a_login_name_the_author_is_the_user_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_login_name() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(light_module.getpass, "getuser", no_login_name)
    assert local_author() == f"uid {os.getuid()}"


def test_on_a_server_the_author_is_the_database_role(
    postgres_server: ThrowawayServer, postgres_url: str, tmp_path: Path
) -> None:
    database = make_url(postgres_url).database
    assert database is not None
    role = f"member_{database}"
    Database.open(postgres_url, tmp_path / "backups").close()
    postgres_server.execute(
        f"CREATE ROLE \"{role}\" LOGIN PASSWORD 'secret-1'",
        f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"',
        f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        database=database,
    )
    try:
        engine = make_engine(postgres_server.url(database, user=role, password="secret-1"))
        factory = sessionmaker(bind=engine, expire_on_commit=False)
        try:
            with_round(lambda: UnitOfWork(factory))
            with UnitOfWork(factory) as uow:
                authors = {c.changed_by for c in uow.changes.for_round("round-1")}
        finally:
            engine.dispose()
    finally:
        postgres_server.execute(f'DROP OWNED BY "{role}"', database=database)
        postgres_server.execute(f'DROP ROLE "{role}"')
    assert authors == {role}


# --- migration 0005 -------------------------------------------------------------------------


def test_migration_0005_adds_the_history_to_a_server_database(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            config = alembic_config(connection=connection)
            command.upgrade(config, "0004")
            connection.exec_driver_sql(
                "INSERT INTO units (id, name, country, region, lead_agency, created_at)"
                " VALUES ('u', 'U', '', '', '', now())"
            )
            command.upgrade(config, "0005")
        schema = inspect(engine)
        columns = {
            c["name"]: (str(c["type"]), c["nullable"]) for c in schema.get_columns("changes")
        }
        indexes = {i["name"]: i["column_names"] for i in schema.get_indexes("changes")}
        links = {
            (tuple(f["constrained_columns"]), f["referred_table"], f["options"].get("ondelete"))
            for f in schema.get_foreign_keys("changes")
        }
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0004")
        assert "changes" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert columns == {
        "id": ("INTEGER", False),
        "unit_id": ("TEXT", False),
        "round_id": ("TEXT", True),
        "criterion_id": ("TEXT", True),
        "respondent_id": ("TEXT", True),
        "record": ("TEXT", False),
        "record_id": ("TEXT", False),
        "action": ("TEXT", False),
        "summary": ("TEXT", False),
        "changed_by": ("TEXT", False),
        "changed_at": ("TIMESTAMP", False),
    }
    assert indexes == {
        "ix_changes_round_id_criterion_id": ["round_id", "criterion_id"],
        "ix_changes_unit_id": ["unit_id"],
    }
    assert links == {(("unit_id",), "units", "CASCADE"), (("round_id",), "rounds", "CASCADE")}


def test_deleting_a_round_takes_its_history_along(
    store: Store,
) -> None:
    with_round(store)
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
        uow.rounds.delete("round-1")
        uow.commit()
    with store() as uow:
        assert uow.changes.for_round("round-1") == []
        assert uow.changes.for_criterion("round-1", "1.1") == []


def test_a_round_moved_to_new_criteria_takes_their_history_along(store: Store) -> None:
    with_round(store)
    with store() as uow:
        uow.answers.upsert(Answer("round-1", "1.1", None, "yes"))
        uow.answers.add_many([Answer("round-1", "1.2", "resp-1", "no")])
        uow.barriers.upsert(Barrier("round-1", "1.2", BarrierKind.FUNDING))
        uow.commit()
    with store() as uow:
        # 1.1 becomes 1.2 while 1.2 becomes 1.3 (a new version of the standards).
        uow.answers.move_criteria("round-1", {"1.1": "1.2", "1.2": "1.3"})
        uow.barriers.move_criteria("round-1", {"1.2": "1.3"})
        uow.commit()
    with store() as uow:
        moved_here = uow.changes.for_criterion("round-1", "1.2")
        moved_on = uow.changes.for_criterion("round-1", "1.3")
    assert [(c.record, c.respondent_id, c.summary) for c in moved_here] == [
        ("answer", None, "criterion_id: 1.1 → 1.2"),
        ("answer", None, "value: - → yes"),
    ]
    assert [(c.record, c.respondent_id, c.summary) for c in moved_on] == [
        ("barrier", None, "criterion_id: 1.2 → 1.3"),
        ("answer", None, "criterion_id: 1.2 → 1.3"),
        ("barrier", None, "kind: - → funding"),
        ("answer", "resp-1", "value: - → no"),
    ]

"""Helpers for the storage tests: sample entities and row counts read without app code."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Final

from sqlalchemy import create_engine, select

from promise_tracker.domain.entities import Answer, Event, Respondent, Round, Unit
from promise_tracker.storage.database import Database
from promise_tracker.storage.models import Base
from promise_tracker.storage.repositories import text_order
from tests.postgres import ThrowawayServer

FIXTURE_DATABASES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
TABLES = ("units", "rounds", "respondents", "answers", "events")
# The engines the storage contract and the services are held to.
BACKENDS: Final = ("sqlite", "postgresql")
_server_databases = count(1)


@contextlib.contextmanager
def server_database_url(server: ThrowawayServer) -> Iterator[str]:
    """A new, empty database on the throwaway server (as its superuser), dropped afterwards.

    Its collation is Swedish (ICU's sv-SE) rather than the server's C: text must come back in
    the same order as from SQLite whatever collation a network's server was set up with.
    """
    name = f"sv_{os.getpid()}_{next(_server_databases)}_{time.monotonic_ns() % 10**9}"
    server.execute(
        f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE'"
    )
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


def count_rows(where: Path | Database | str) -> dict[str, int]:
    """Rows per table: of an SQLite file read with plain sqlite3 (no app code involved), or of
    a Database or URL (any engine) read with SQLAlchemy Core."""
    if isinstance(where, Path):
        connection = sqlite3.connect(where)
        try:
            return {
                name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in TABLES
            }
        finally:
            connection.close()
    return {name: len(rows) for name, rows in read_rows(where, TABLES).items()}


def read_rows(
    where: Database | str, tables: tuple[str, ...] = TABLES
) -> dict[str, list[dict[str, object]]]:
    """Every row of the tables as plain dicts of Python values (dates, datetimes, booleans),
    ordered by id, read with SQLAlchemy Core on its own engine (not the app's repositories)."""
    url = where if isinstance(where, str) else where.url
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                name: [
                    dict(row._mapping)
                    for row in connection.execute(select(table).order_by(text_order(table.c.id)))
                ]
                for name in tables
                for table in (Base.metadata.tables[name],)
            }
    finally:
        engine.dispose()


def sample_unit(unit_id: str = "unit-1", name: str = "Barnahus Linköping") -> Unit:
    return Unit(unit_id, name, "SE", "Östergötland", "police", 2008)


def sample_round(round_id: str = "round-1", unit_id: str = "unit-1") -> Round:
    return Round(
        round_id, unit_id, "Baseline", dt.date(2026, 3, 1), "promise-bqs", "1.0.0", "sha256:00"
    )


def sample_respondent(respondent_id: str = "resp-1", round_id: str = "round-1") -> Respondent:
    return Respondent(respondent_id, round_id, "Respondent A", "staff", "health")


def sample_event(event_id: str = "event-1", unit_id: str = "unit-1") -> Event:
    return Event(event_id, unit_id, dt.date(2025, 9, 1), "New interview room", "With a sofa.")


def sample_answer(respondent_id: str | None = None, criterion_id: str = "1.1") -> Answer:
    return Answer("round-1", criterion_id, respondent_id, "fully", "A note.", "", True)


def fill(database: Database) -> None:
    """One unit with a round, a respondent, consensus and respondent answers, and an event."""
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.rounds.add(sample_round())
        uow.respondents.add(sample_respondent())
        uow.answers.upsert(sample_answer())
        uow.answers.upsert(sample_answer("resp-1"))
        uow.events.add(sample_event())
        uow.commit()

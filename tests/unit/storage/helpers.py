"""Helpers for the storage tests: sample entities and row counts read without app code."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from promise_tracker.domain.entities import Answer, Event, Respondent, Round, Unit
from promise_tracker.storage.database import Database

FIXTURE_DATABASES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
TABLES = ("units", "rounds", "respondents", "answers", "events")


def count_rows(path: Path) -> dict[str, int]:
    """Rows per table, read with a plain sqlite3 connection (no app code involved)."""
    connection = sqlite3.connect(path)
    try:
        return {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in TABLES
        }
    finally:
        connection.close()


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

"""The migrations build exactly the schema the models describe, with the promised rules."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from promise_tracker.storage.database import HEAD_REVISION, Database
from promise_tracker.storage.engine import make_engine, sqlite_url
from promise_tracker.storage.migrate import head_revision, known_revisions
from promise_tracker.storage.models import Base
from tests.unit.storage.helpers import BACKENDS


@pytest.fixture
def backend() -> str:
    """Most of these read SQLite's own record of the schema; the rest say BACKENDS."""
    return "sqlite"


def schema_of(path: Path) -> dict[str, frozenset[str] | str]:
    """Each table's definition lines (order-insensitive) and each index's SQL."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master"
            " WHERE sql IS NOT NULL AND name != 'alembic_version'"
        ).fetchall()
    finally:
        connection.close()
    schema: dict[str, frozenset[str] | str] = {}
    for kind, name, sql in rows:
        if kind == "table":
            body = sql[sql.index("(") + 1 : sql.rindex(")")]
            schema[name] = frozenset(part.strip() for part in _top_level_parts(body))
        else:
            schema[name] = sql
    return schema


def _top_level_parts(body: str) -> list[str]:
    """Column and constraint definitions: split at commas outside parentheses.

    Not at line ends: ALTER TABLE ADD COLUMN appends to the last line of the stored SQL.
    """
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    parts.append(body[start:])
    return parts


def test_head_revision_constant_matches_the_newest_script() -> None:
    assert head_revision() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_migrated_schema_equals_the_models(database: Database, tmp_path: Path) -> None:
    created = tmp_path / "create_all.sqlite"
    engine = make_engine(sqlite_url(created))
    try:
        Base.metadata.create_all(engine)
    finally:
        engine.dispose()
    assert database.path is not None
    assert schema_of(database.path) == schema_of(created)


@pytest.mark.parametrize("backend", BACKENDS)
def test_alembic_sees_no_difference_between_database_and_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_constraints_and_indexes_carry_convention_names(database: Database) -> None:
    assert database.path is not None
    schema = schema_of(database.path)
    check = "CONSTRAINT ck_rounds_status CHECK (status IN ('draft', 'finalised'))"
    assert check in schema["rounds"]
    statuses = "'planned', 'in-progress', 'done', 'dropped'"
    assert f"CONSTRAINT ck_actions_status CHECK (status IN ({statuses}))" in schema["actions"]
    kinds = "'law-or-policy', 'funding', 'organisation', 'not-started', 'other'"
    assert f"CONSTRAINT ck_barriers_kind CHECK (kind IN ({kinds}))" in schema["barriers"]
    assert {name for name in schema if name.startswith(("ix_", "uq_"))} == {
        "ix_actions_round_id",
        "ix_actions_unit_id",
        "ix_rounds_unit_id",
        "ix_rounds_compare_round_id",
        "ix_respondents_round_id",
        "ix_answers_respondent_id",
        "ix_events_unit_id",
        "ix_changes_unit_id",
        "ix_changes_round_id_criterion_id",
        "uq_answers_round_id_criterion_id_consensus",
    }
    consensus = str(schema["uq_answers_round_id_criterion_id_consensus"])
    assert re.search(
        r"ON answers \(round_id, criterion_id\) WHERE respondent_id IS NULL$", consensus
    )


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("rounds", "unit_id"),
        ("rounds", "compare_round_id"),
        ("respondents", "round_id"),
        ("answers", "round_id"),
        ("answers", "respondent_id"),
        ("events", "unit_id"),
        ("actions", "unit_id"),
        ("actions", "round_id"),
        ("barriers", "round_id"),
        ("changes", "unit_id"),
        ("changes", "round_id"),
    ],
)
def test_every_foreign_key_is_indexed(database: Database, table: str, column: str) -> None:
    # Without an index, every delete of a parent scans the child table for cascades.
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 'x'"
        ).all()
    detail = " ".join(str(row[-1]) for row in plan)
    assert "USING INDEX" in detail or "USING COVERING INDEX" in detail, detail


def test_compare_round_id_is_a_nullable_link_cleared_when_its_round_goes(
    database: Database,
) -> None:
    assert database.path is not None
    connection = sqlite3.connect(database.path)
    try:
        columns = {row[1]: row for row in connection.execute("PRAGMA table_info(rounds)")}
        links = connection.execute("PRAGMA foreign_key_list(rounds)").fetchall()
    finally:
        connection.close()
    _cid, _name, kind, notnull, _default, _pk = columns["compare_round_id"]
    assert (kind, notnull) == ("TEXT", 0)
    # (id, seq, table, from, to, on_update, on_delete, match)
    assert {(row[2], row[3], row[4], row[6]) for row in links} == {
        ("units", "unit_id", "id", "CASCADE"),
        ("rounds", "compare_round_id", "id", "SET NULL"),
    }
    link = (
        "CONSTRAINT fk_rounds_compare_round_id_rounds FOREIGN KEY(compare_round_id)"
        " REFERENCES rounds (id) ON DELETE SET NULL"
    )
    assert link in schema_of(database.path)["rounds"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_status_outside_the_enum_is_refused_by_the_database(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO units (id, name, country, region, lead_agency, created_at)"
            " VALUES ('u', 'U', '', '', '', '2026-01-01')"
        )
    with (
        pytest.raises(IntegrityError, match=r"CHECK constraint failed|violates check constraint"),
        database.engine.begin() as c,
    ):
        c.exec_driver_sql(
            "INSERT INTO rounds (id, unit_id, title, date, pack_id, pack_version, pack_hash,"
            " status, created_at, updated_at) VALUES ('r', 'u', 'T', '2026-01-01', 'p', '1',"
            " 'h', 'archived', '2026-01-01', '2026-01-01')"
        )

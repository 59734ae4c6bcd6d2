"""Upgrades: every released schema opens with its data; older databases are backed up first.

Upgrades are exercised with a private copy of the migration scripts plus a test-only revision
9001 on top of the app's newest one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection

import promise_tracker.storage.migrate as migrate_module
from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
    ChangeAction,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.errors import StorageError
from promise_tracker.storage.database import HEAD_REVISION, Database
from promise_tracker.storage.engine import make_engine, sqlite_url
from promise_tracker.storage.migrate import alembic_config, known_revisions
from promise_tracker.storage.uow import UnitOfWork
from tests.unit.storage.helpers import FIXTURE_DATABASES, count_rows, fill

# Recreates the units table (parent of rounds and events) the way SQLite batch mode does:
# create a new table, copy, DROP the old one, rename.
ADD_WEBSITE_TO_UNITS = '''
"""Test only: add units.website by recreating the table."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("units", recreate="always") as batch:
        batch.add_column(sa.Column("website", sa.Text(), nullable=False, server_default=""))
'''

FAILS_HALFWAY = '''
"""Test only: changes the schema, then fails."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("units", sa.Column("website", sa.Text(), nullable=True))
    op.execute("UPDATE units SET name = 'overwritten'")
    raise RuntimeError("a bug in a migration script")
'''

BREAKS_A_FOREIGN_KEY = '''
"""Test only: leaves a round pointing at no unit."""
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE rounds SET unit_id = 'ghost'")
'''


def add_revision(migrations: Path, source: str) -> Path:
    """Add a test migration on top of the newest one."""
    script = source.replace("{head}", HEAD_REVISION)
    (migrations / "versions" / "9001_test.py").write_text(script, encoding="utf-8")
    return migrations


def revision_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    finally:
        connection.close()


def columns_of(path: Path, table: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


# --- one fixture database per released schema -------------------------------------------------

FIXTURES = sorted(FIXTURE_DATABASES.glob("schema-*.sqlite"))


def test_every_released_revision_has_a_fixture_database() -> None:
    # Adding migration 0003 without schema-0003.sqlite (made by make_fixtures.py) fails here.
    assert {path.stem.removeprefix("schema-") for path in FIXTURES} == known_revisions()


def assert_fixture_data(uow: UnitOfWork) -> None:
    """The data make_fixtures.py writes into every fixture."""
    unit_a = "6f1c0a52-3f7e-4c1e-9a55-0d4b7e8a1001"
    round_2025 = "b0d2c3e4-0000-4000-8000-000000002025"
    round_2026 = "b0d2c3e4-0000-4000-8000-000000002026"
    respondent_a = "c1a1a1a1-0000-4000-8000-00000000a1a1"
    respondent_b = "c1a1a1a1-0000-4000-8000-00000000b2b2"
    assert uow.units.list() == [
        Unit(unit_a, "Barnahus Linköping", "SE", "Östergötland", "police", 2008),
        Unit(
            "6f1c0a52-3f7e-4c1e-9a55-0d4b7e8a1002",
            "Barnahús Reykjavík",
            "IS",
            "",
            "child-protection",
            None,
        ),
    ]
    assert uow.rounds.list_for_unit(unit_a) == [
        Round(
            round_2025,
            unit_a,
            "Baseline 2025",
            dt.date(2025, 3, 14),
            "promise-bqs",
            "1.0.0",
            "sha256:" + "a" * 64,
            RoundStatus.FINALISED,
        ),
        Round(
            round_2026,
            unit_a,
            "Follow-up 2026",
            dt.date(2026, 2, 1),
            "promise-bqs",
            "1.1.0",
            "sha256:" + "b" * 64,
            RoundStatus.DRAFT,
            compare_round_id=round_2025,
        ),
    ]
    assert uow.respondents.list_for_round(round_2025) == [
        Respondent(respondent_a, round_2025, "Respondent A", "staff", "police"),
        Respondent(respondent_b, round_2025, "Respondent B", "staff", "health"),
    ]
    assert uow.answers.list_for_round(round_2025) == [
        Answer(round_2025, "1.1", None, "fully", "Agreed at the team day."),
        Answer(round_2025, "1.1", respondent_a, "partly", "Rooms are shared."),
        Answer(round_2025, "1.1", respondent_b, "fully"),
        Answer(round_2025, "2.3", None, "na", na_justification="No forensic unit nearby."),
        Answer(round_2025, "4.2", None, None, "Ask the prosecutor.", "", True),
    ]
    given = [a for a in uow.answers.list_for_round(round_2026) if not a.carried]
    assert given == [Answer(round_2026, "1.1", None, "partly")]
    assert uow.events.list_for_unit(unit_a) == [
        Event(
            "e0e0e0e0-0000-4000-8000-000000000001",
            unit_a,
            dt.date(2025, 9, 1),
            "New interview room",
            "Opened with a one-way mirror — and a sofa.",
        )
    ]


def assert_plans(uow: UnitOfWork, revision: str) -> None:
    """What make_fixtures.write_plans adds from schema 0004; none of it before."""
    unit_a = "6f1c0a52-3f7e-4c1e-9a55-0d4b7e8a1001"
    round_2025 = "b0d2c3e4-0000-4000-8000-000000002025"
    round_2026 = "b0d2c3e4-0000-4000-8000-000000002026"
    carried = [a for r in (round_2025, round_2026) for a in uow.answers.list_for_round(r)]
    if revision < "0004":
        # Upgraded: no answer is carried, no action or barrier exists yet.
        assert not any(a.carried for a in carried)
        assert uow.actions.list_for_unit(unit_a) == []
        assert uow.barriers.list_for_round(round_2025) == []
        return
    assert [a for a in carried if a.carried] == [
        Answer(
            round_2026, "2.3", None, "na", na_justification="No forensic unit nearby.", carried=True
        )
    ]
    assert uow.actions.list_for_unit(unit_a) == [
        Action(
            "a0a0a0a0-0000-4000-8000-000000000001",
            unit_a,
            "4.2",
            "Agree a protocol with the prosecutor",
            round_id=round_2025,
            lead_agency="prosecution",
            responsible_role="Barnahus coordinator",
            due_date=dt.date(2026, 6, 30),
            status=ActionStatus.IN_PROGRESS,
            progress_note="First meeting held.",
        )
    ]
    assert uow.barriers.list_for_round(round_2025) == [
        Barrier(round_2025, "4.2", BarrierKind.LAW_OR_POLICY, "Needs a change of the law.")
    ]


def assert_history(uow: UnitOfWork, revision: str) -> None:
    """From schema 0005 every saved change is recorded; an upgraded database starts with
    an empty history (nothing was recorded before)."""
    round_2025 = "b0d2c3e4-0000-4000-8000-000000002025"
    history = uow.changes.for_criterion(round_2025, "1.1")
    if revision < "0005":
        assert history == []
        assert uow.changes.for_round(round_2025) == []
        return
    respondent_a = "c1a1a1a1-0000-4000-8000-00000000a1a1"
    respondent_b = "c1a1a1a1-0000-4000-8000-00000000b2b2"
    assert [(c.record, c.action, c.respondent_id, c.summary) for c in history] == [
        ("answer", ChangeAction.ADDED, respondent_b, "value: - → fully"),
        ("answer", ChangeAction.ADDED, respondent_a, "value: - → partly; note"),
        ("answer", ChangeAction.ADDED, None, "value: - → fully; note"),
    ]
    assert all(c.changed_by and c.changed_at.tzinfo is None for c in history)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.name for path in FIXTURES])
def test_a_released_database_opens_at_head_with_all_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    backup_dir = tmp_path / "backups"
    with Database.open(sqlite_url(path), backup_dir) as database:
        assert database.schema_revision == HEAD_REVISION
        with database.unit_of_work() as uow:
            assert_fixture_data(uow)
            assert_plans(uow, fixture.stem.removeprefix("schema-"))
            assert_history(uow, fixture.stem.removeprefix("schema-"))
    assert revision_in(path) == [HEAD_REVISION]
    fixture_revision = fixture.stem.removeprefix("schema-")
    backups = sorted(backup_dir.glob("*.sqlite")) if backup_dir.exists() else []
    if fixture_revision == HEAD_REVISION:
        assert backups == []
    else:
        assert [revision_in(backup) for backup in backups] == [[fixture_revision]]


# --- upgrading an older database ----------------------------------------------------------------


def test_an_older_database_is_backed_up_then_upgraded(
    db_path: Path, backup_dir: Path, migrations_copy: Path
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    rows_before = count_rows(db_path)
    add_revision(migrations_copy, ADD_WEBSITE_TO_UNITS)

    with Database.open(
        sqlite_url(db_path), backup_dir, script_location=migrations_copy
    ) as database:
        assert database.schema_revision == "9001"
        with database.engine.connect() as connection:
            # Migrations ran with foreign keys off; everyday connections have them on again.
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    assert revision_in(db_path) == ["9001"]
    assert "website" in columns_of(db_path, "units")
    # Recreating units did not cascade-delete the rounds, answers or events hanging off it.
    assert count_rows(db_path) == rows_before
    [backup] = list(backup_dir.iterdir())
    assert backup.name.startswith("promise-before-9001-")
    assert revision_in(backup) == [HEAD_REVISION]
    assert count_rows(backup) == rows_before
    assert "website" not in columns_of(backup, "units")


def test_the_backup_exists_before_the_migration_starts(
    db_path: Path, backup_dir: Path, migrations_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    add_revision(migrations_copy, ADD_WEBSITE_TO_UNITS)
    seen_at_upgrade: list[list[str]] = []
    real_upgrade = migrate_module.upgrade_to_head

    def spying_upgrade(connection: Connection, script_location: Path | None = None) -> None:
        seen_at_upgrade.append(sorted(p.name for p in backup_dir.glob("*.sqlite")))
        real_upgrade(connection, script_location)

    monkeypatch.setattr(migrate_module, "upgrade_to_head", spying_upgrade)
    Database.open(sqlite_url(db_path), backup_dir, script_location=migrations_copy).close()
    assert len(seen_at_upgrade) == 1
    [names] = seen_at_upgrade
    assert len(names) == 1
    assert names[0].startswith("promise-before-9001-")


def test_a_failing_migration_is_undone_and_says_where_the_backup_is(
    db_path: Path, backup_dir: Path, migrations_copy: Path
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    rows_before = count_rows(db_path)
    columns_before = columns_of(db_path, "units")
    add_revision(migrations_copy, FAILS_HALFWAY)

    with pytest.raises(StorageError) as caught:
        Database.open(sqlite_url(db_path), backup_dir, script_location=migrations_copy)

    [backup] = list(backup_dir.iterdir())
    message = str(caught.value)
    assert "failed and was undone" in message
    assert str(backup) in message
    assert isinstance(caught.value.__cause__, RuntimeError)
    # The added column and the UPDATE were rolled back with everything else.
    assert revision_in(db_path) == [HEAD_REVISION]
    assert columns_of(db_path, "units") == columns_before
    assert count_rows(db_path) == rows_before
    with Database.open(sqlite_url(db_path), backup_dir) as database, database.unit_of_work() as uow:
        assert [unit.name for unit in uow.units.list()] == ["Barnahus Linköping"]
    assert count_rows(backup) == rows_before


def test_a_migration_that_breaks_foreign_keys_is_undone(
    db_path: Path, backup_dir: Path, migrations_copy: Path
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    add_revision(migrations_copy, BREAKS_A_FOREIGN_KEY)
    with pytest.raises(StorageError, match="break links between records"):
        Database.open(sqlite_url(db_path), backup_dir, script_location=migrations_copy)
    assert revision_in(db_path) == [HEAD_REVISION]
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT unit_id FROM rounds").fetchall() == [("unit-1",)]
    connection.close()


def test_an_older_database_without_data_is_upgraded_without_a_backup(
    db_path: Path, backup_dir: Path, migrations_copy: Path
) -> None:
    Database.open(sqlite_url(db_path), backup_dir).close()
    add_revision(migrations_copy, ADD_WEBSITE_TO_UNITS)
    with Database.open(
        sqlite_url(db_path), backup_dir, script_location=migrations_copy
    ) as database:
        assert database.schema_revision == "9001"
    assert not backup_dir.exists()


def test_why_migrations_run_with_foreign_keys_off(
    db_path: Path, backup_dir: Path, migrations_copy: Path
) -> None:
    # The same batch migration on an everyday connection (foreign keys on) silently deletes
    # every round, respondent, answer and event: DROP TABLE units cascades.
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    add_revision(migrations_copy, ADD_WEBSITE_TO_UNITS)
    engine = make_engine(sqlite_url(db_path))
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(migrations_copy, connection=connection), "head")
    finally:
        engine.dispose()
    assert count_rows(db_path) == {
        "units": 1,
        "rounds": 0,
        "respondents": 0,
        "answers": 0,
        "events": 0,
    }


def test_head_revision_constant_matches_the_newest_script() -> None:
    """Opening an up-to-date database trusts HEAD_REVISION instead of loading Alembic."""
    assert migrate_module.head_revision() == HEAD_REVISION

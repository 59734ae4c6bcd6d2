"""Database.open on a PostgreSQL server: the schema made on an empty database, a newer or
older schema refused with what to do, nothing written to open, failures told plainly.

Every failure a person at a PC of a network can meet (no server, a wrong or missing password,
no such database, no permission, a lost connection) is a StorageError saying what happened
and who can help, never the driver's text, and never with the password.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from promise_tracker.errors import DatabaseTooNewError, StorageError
from promise_tracker.storage.database import HEAD_REVISION, Database
from promise_tracker.storage.engine import make_migration_engine
from promise_tracker.storage.migrate import alembic_config
from tests.postgres import ThrowawayServer, url_for
from tests.unit.storage.helpers import count_rows, fill, sample_unit

PASSWORD = "Sommar 2026, rum 3"


@pytest.fixture
def backend() -> str:
    return "postgresql"


def database_name(url: str) -> str:
    return url.split("@/", 1)[1].split("?", 1)[0]


@contextlib.contextmanager
def role(server: ThrowawayServer, url: str, *grants: str) -> Iterator[str]:
    """A login role with PASSWORD and the given grants on the database at url; its URL."""
    database = database_name(url)
    name = f"member_{database}"
    server.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'")
    try:
        server.execute(*(grant.format(role=f'"{name}"') for grant in grants), database=database)
        yield server.url(database, name, PASSWORD)
    finally:
        server.execute(f'REVOKE ALL ON DATABASE "{database}" FROM "{name}"')
        server.execute(f'DROP OWNED BY "{name}"', database=database)
        server.execute(f'DROP ROLE "{name}"')


def revisions(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
    finally:
        engine.dispose()


def test_an_empty_server_database_gets_the_schema(database_url: str, backup_dir: Path) -> None:
    with Database.open(database_url, backup_dir) as database:
        assert database.path is None
        assert database.schema_revision == HEAD_REVISION
        fill(database)
    assert revisions(database_url) == [HEAD_REVISION]
    assert count_rows(database_url)["units"] == 1
    assert not backup_dir.exists()  # a server's backups are pg_dump's, not files here


def test_a_member_who_may_not_write_the_version_table_opens_the_database(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    # Only what a member of a unit may do: read alembic_version, read and write the data,
    # and not even read a table of the network's administration.
    Database.open(database_url, backup_dir).close()
    postgres_server.execute(
        "CREATE TABLE memberships (member text, unit_id text)",
        "INSERT INTO memberships VALUES ('someone', 'unit-1')",
        database=database_name(database_url),
    )
    with role(
        postgres_server,
        database_url,
        "GRANT SELECT ON alembic_version TO {role}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        "REVOKE UPDATE, INSERT, DELETE ON alembic_version FROM {role}",
        "REVOKE ALL ON memberships FROM {role}",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ) as member_url:
        with Database.open(member_url, backup_dir) as database:
            assert database.schema_revision == HEAD_REVISION
            with database.unit_of_work() as uow:
                uow.units.add(sample_unit())
                uow.commit()
        assert count_rows(database_url)["units"] == 1


def set_revision(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_a_newer_server_schema_is_refused_and_left_alone(
    database_url: str, backup_dir: Path
) -> None:
    with Database.open(database_url, backup_dir) as database:
        fill(database)
    set_revision(database_url, "9999")
    with pytest.raises(DatabaseTooNewError) as refused:
        Database.open(database_url, backup_dir)
    message = str(refused.value)
    assert "newer version of PROMISE tracker" in message
    assert "9999" in message
    assert "database has not been changed" in message
    assert revisions(database_url) == ["9999"]
    assert count_rows(database_url)["units"] == 1


def test_an_older_server_schema_is_left_to_its_administrator(
    database_url: str, backup_dir: Path
) -> None:
    engine = make_migration_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), "0003")
            connection.execute(
                text(
                    "INSERT INTO units (id, name, country, region, lead_agency, created_at)"
                    " VALUES ('u', 'Barnahus', 'SE', '', '', now())"
                )
            )
    finally:
        engine.dispose()
    with pytest.raises(StorageError) as refused:
        Database.open(database_url, backup_dir)
    message = str(refused.value)
    assert "older database format (0003)" in message
    assert "pg_dump" in message
    assert "promise-tracker server upgrade --db-url URL" in message
    assert revisions(database_url) == ["0003"]
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT id FROM units")).scalars().all() == ["u"]
    finally:
        engine.dispose()
    assert not backup_dir.exists()


def test_a_database_of_another_program_is_refused(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    postgres_server.execute("CREATE TABLE invoices (id int)", database=database_name(database_url))
    with pytest.raises(StorageError) as refused:
        Database.open(database_url, backup_dir)
    message = str(refused.value)
    assert "is not a PROMISE tracker database: it holds other tables" in message
    assert "SQLite" not in message
    assert "The database has not been changed" in message


# --- failures -------------------------------------------------------------------------------


def refusal(url: str, backup_dir: Path) -> str:
    """The message Database.open gives for url, checked to be a plain one without secrets."""
    with pytest.raises(StorageError) as refused:
        Database.open(url, backup_dir)
    message = str(refused.value)
    assert PASSWORD not in message
    assert "psycopg" not in message
    assert "connection failed" not in message
    assert "FATAL" not in message
    return message


def test_no_server_running_is_said_so(tmp_path: Path, backup_dir: Path) -> None:
    empty = tmp_path / "no-server-here"
    empty.mkdir()
    message = refusal(url_for(empty, "promise", "member", PASSWORD), backup_dir)
    assert message.startswith("No database server answers on this computer")
    assert "ask the network's administrator whether the server is running" in message


def test_a_wrong_password_is_said_so(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    with role(postgres_server, database_url) as member_url:
        wrong = member_url.replace("Sommar", "Vinter")
        message = refusal(wrong, backup_dir)
    assert "did not accept the user name “member_" in message
    assert "Check the user name and the password" in message
    assert "Vinter" not in message


def test_no_password_given_is_said_so(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    with role(postgres_server, database_url) as member_url:
        without = member_url.replace(":" + PASSWORD.replace(" ", "%20").replace(",", "%2C"), "")
        assert "Sommar" not in without
        message = refusal(without, backup_dir)
    assert "asks for the password of “member_" in message
    assert ".pgpass" in message


def test_a_database_that_does_not_exist_is_said_so(
    postgres_server: ThrowawayServer, backup_dir: Path
) -> None:
    message = refusal(postgres_server.url("no_such_database"), backup_dir)
    assert message.startswith("There is no database “no_such_database”")
    assert "promise-tracker server init" in message


def test_a_database_the_user_may_not_connect_to_is_said_so(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    database = database_name(database_url)
    postgres_server.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
    with role(postgres_server, database_url) as member_url:
        message = refusal(member_url, backup_dir)
    assert message.startswith("The user “member_")
    assert f"may not use the database “{database}”" in message


def test_a_user_without_any_grant_is_told_at_open(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    Database.open(database_url, backup_dir).close()
    with role(postgres_server, database_url) as member_url:
        message = refusal(member_url, backup_dir)
    assert "did not let the user “member_" in message
    assert "read the database format" in message or "read the data" in message
    assert "network's administrator gives access" in message


def save_unit(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.commit()


def test_a_save_the_server_does_not_allow_is_a_plain_message(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    Database.open(database_url, backup_dir).close()
    with (
        role(
            postgres_server,
            database_url,
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        ) as reader_url,
        Database.open(reader_url, backup_dir) as database,
    ):
        with database.unit_of_work() as uow:
            assert uow.units.list() == []
        with pytest.raises(StorageError) as refused:
            save_unit(database)
    message = str(refused.value)
    assert "did not let the user “member_" in message
    assert "change these units" in message
    assert "Nothing was saved" in message
    assert count_rows(database_url)["units"] == 0


def test_a_row_level_security_refusal_is_a_plain_message(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    Database.open(database_url, backup_dir).close()
    with (
        role(
            postgres_server,
            database_url,
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
            "ALTER TABLE units ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY only_other ON units TO {role} USING (id = 'unit-x')"
            " WITH CHECK (id = 'unit-x')",
        ) as member_url,
        Database.open(member_url, backup_dir) as database,
        pytest.raises(StorageError) as refused,
    ):
        save_unit(database)
    message = str(refused.value)
    assert "did not let the user “member_" in message
    assert "belong to a unit" in message
    assert "promise-tracker server add-member" in message
    assert count_rows(database_url)["units"] == 0


def terminate_other_sessions(server: ThrowawayServer, url: str) -> None:
    server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        f" WHERE datname = '{database_name(url)}' AND pid <> pg_backend_pid()"
    )


def test_a_connection_lost_during_a_save_is_a_plain_message_and_the_next_save_works(
    postgres_server: ThrowawayServer, database_url: str, backup_dir: Path
) -> None:
    def save_while_the_server_restarts(database: Database) -> None:
        with database.unit_of_work() as uow:
            uow.units.add(sample_unit())
            terminate_other_sessions(postgres_server, database_url)
            uow.commit()

    with Database.open(database_url, backup_dir) as database:
        with pytest.raises(StorageError) as lost:
            save_while_the_server_restarts(database)
        assert "connection to the database server on this computer was lost" in str(lost.value)
        assert "was not saved" in str(lost.value)
        # Between two saves a dropped connection is replaced without anyone noticing.
        save_unit(database)
        terminate_other_sessions(postgres_server, database_url)
        with database.unit_of_work() as uow:
            assert [unit.id for unit in uow.units.list()] == ["unit-1"]


def test_the_password_is_never_logged(
    postgres_server: ThrowawayServer,
    database_url: str,
    backup_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with role(postgres_server, database_url, "GRANT ALL ON SCHEMA public TO {role}") as member_url:
        with Database.open(member_url, backup_dir) as database:
            save_unit(database)
            assert PASSWORD not in repr(database)
        refusal(member_url.replace("Sommar", "Vinter"), backup_dir)
    assert caplog.records
    assert not [
        r for r in caplog.records if "Sommar" in r.getMessage() or "Vinter" in r.getMessage()
    ]

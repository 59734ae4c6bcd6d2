"""Who may see and change what on a network's server, enforced by PostgreSQL itself.

Each test connects as each kind of role with its own password (the throwaway server asks
every role but its superuser for one) and tries through the app (Database.open and units of
work) and with hand-written SQL, as someone with psql on a PC of the network could.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg_errors

from promise_tracker.domain.entities import (
    Action,
    Answer,
    Barrier,
    BarrierKind,
    Event,
    Respondent,
    Round,
    Unit,
)
from promise_tracker.errors import NotFoundError, StorageError
from promise_tracker.storage import server_setup
from promise_tracker.storage.database import Database
from promise_tracker.storage.models import Base
from promise_tracker.storage.uow import UnitOfWork
from tests.integration.server_network import PASSWORD, Network, network_database
from tests.postgres import ThrowawayServer

TABLES = ("units", "rounds", "respondents", "answers", "events", "actions", "barriers", "changes")


def fill_unit(database: Database, letter: str) -> None:
    """Unit X with a round, a respondent, answers, an event, an action and a barrier."""
    unit, round_ = f"unit-{letter}", f"round-{letter}"
    with database.unit_of_work() as uow:
        uow.units.add(Unit(unit, f"Barnahus {letter.upper()}", "SE", "", "police", 2010))
        uow.rounds.add(
            Round(round_, unit, "Baseline", dt.date(2026, 3, 1), "promise-bqs", "1.0.0", "h")
        )
        uow.respondents.add(Respondent(f"resp-{letter}", round_, "Respondent 1", "staff"))
        uow.answers.upsert(Answer(round_, "1.1", None, "yes", "Team note."))
        uow.answers.upsert(Answer(round_, "1.1", f"resp-{letter}", "no", "Own note."))
        uow.events.add(Event(f"event-{letter}", unit, dt.date(2025, 9, 1), "New room"))
        uow.actions.add(Action(f"action-{letter}", unit, "1.2", "Train staff", round_))
        uow.barriers.upsert(Barrier(round_, "1.2", BarrierKind.FUNDING))
        uow.commit()


@pytest.fixture
def network(postgres_server: ThrowawayServer, tmp_path: Path) -> Iterator[Network]:
    """Units A and B with data; anna is a member of A, carl a coordinator, ada an admin."""
    with network_database(postgres_server) as network:
        server_setup.init_server(network.owner_url, network.roles.prefix)
        with Database.open(network.owner_url, tmp_path / "backups") as database:
            fill_unit(database, "a")
            fill_unit(database, "b")
        server_setup.add_member(network.owner_url, network.role("anna"), ["unit-a"], PASSWORD)
        server_setup.add_to_group(network.owner_url, network.role("carl"), "coordinator", PASSWORD)
        server_setup.add_to_group(network.owner_url, network.role("ada"), "admin", PASSWORD)
        yield network


def snapshot(network: Network) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every app table, read by the superuser (who is above row security)."""
    with network.superuser() as connection:
        return {
            table: sorted(
                connection.execute(f"SELECT * FROM {table}").fetchall(),
                key=repr,
            )
            for table in TABLES
        }


def open_as(network: Network, role: str, tmp_path: Path) -> Database:
    return Database.open(network.url(role), tmp_path / "backups")


def save(database: Database, change: Callable[[UnitOfWork], object]) -> None:
    """Make the change in a unit of work and commit it, as the services do."""
    with database.unit_of_work() as uow:
        change(uow)
        uow.commit()


# --------------------------------------------------------------------------- members


def test_a_member_sees_only_their_unit_in_the_app(network: Network, tmp_path: Path) -> None:
    with (
        open_as(network, network.role("anna"), tmp_path) as database,
        database.unit_of_work() as uow,
    ):
        assert [unit.name for unit in uow.units.list()] == ["Barnahus A"]
        assert [round_.id for round_ in uow.rounds.list_all()] == ["round-a"]
        notes = sorted(answer.note for answer in uow.answers.list_for_round("round-a"))
        assert notes == ["Own note.", "Team note."]
        assert uow.answers.list_for_round("round-b") == []
        assert uow.respondents.list_for_round("round-b") == []
        assert uow.events.list_for_unit("unit-b") == []
        assert uow.actions.list_for_unit("unit-b") == []
        assert uow.barriers.list_for_round("round-b") == []
        with pytest.raises(NotFoundError):
            uow.units.get("unit-b")
        with pytest.raises(NotFoundError):
            uow.rounds.get("round-b")


def test_a_member_saves_in_their_unit_and_the_history_names_them(
    network: Network, tmp_path: Path
) -> None:
    anna = network.role("anna")
    with open_as(network, anna, tmp_path) as database, database.unit_of_work() as uow:
        uow.answers.upsert(Answer("round-a", "1.3", None, "yes", "Saved by a member."))
        uow.commit()
    with network.superuser() as connection:
        row = connection.execute(
            "SELECT note FROM answers WHERE round_id = 'round-a' AND criterion_id = '1.3'"
        ).fetchone()
        authors = connection.execute(
            "SELECT changed_by FROM changes WHERE round_id = 'round-a' AND criterion_id = '1.3'"
        ).fetchall()
    assert row == ("Saved by a member.",)
    assert authors == [(anna,)]


def test_a_member_does_everything_the_app_does_in_their_own_unit(
    network: Network, tmp_path: Path
) -> None:
    """The policies must not get in the way of everyday work: add, change and remove every
    kind of record of one's unit, and change the unit's details."""
    with open_as(network, network.role("anna"), tmp_path) as database:
        with database.unit_of_work() as uow:
            unit = uow.units.get("unit-a")
            uow.units.update(dataclasses.replace(unit, region="Östergötland"))
            uow.rounds.add(
                Round("round-a2", "unit-a", "Follow-up", dt.date(2027, 3, 1), "p", "1", "h")
            )
            uow.respondents.add(Respondent("resp-a2", "round-a2", "Respondent 2", "staff"))
            uow.answers.upsert(Answer("round-a2", "1.1", "resp-a2", "yes"))
            uow.barriers.upsert(Barrier("round-a2", "1.2", BarrierKind.ORGANISATION))
            uow.events.add(Event("event-a2", "unit-a", dt.date(2027, 1, 1), "New protocol"))
            uow.actions.add(Action("action-a2", "unit-a", "1.2", "Write it down", "round-a2"))
            uow.commit()
        with database.unit_of_work() as uow:
            event = uow.events.get("event-a2")
            uow.events.update(dataclasses.replace(event, title="New joint protocol"))
            assert uow.answers.delete("round-a2", "1.1", "resp-a2") is True
            uow.respondents.delete("resp-a2")
            uow.actions.delete("action-a2")
            uow.rounds.delete("round-a2")
            uow.commit()
        with database.unit_of_work() as uow:
            assert uow.units.get("unit-a").region == "Östergötland"
            assert [round_.id for round_ in uow.rounds.list_all()] == ["round-a"]
            assert [event.title for event in uow.events.list_for_unit("unit-a")] == [
                "New room",
                "New joint protocol",
            ]


def test_a_member_cannot_change_another_units_rows_through_the_app(
    network: Network, tmp_path: Path
) -> None:
    before = snapshot(network)
    with open_as(network, network.role("anna"), tmp_path) as database:
        answer = Answer("round-b", "1.4", None, "yes", "Into B.")
        with pytest.raises(StorageError):
            save(database, lambda uow: uow.answers.upsert(answer))
        event = Event("event-b2", "unit-b", dt.date(2026, 1, 1), "Into B")
        with pytest.raises(StorageError):
            save(database, lambda uow: uow.events.add(event))
        with pytest.raises(StorageError):
            save(database, lambda uow: uow.units.add(Unit("unit-c", "Barnahus C", "SE")))
        with database.unit_of_work() as uow:
            # Unseen rows cannot be removed either: nothing matches.
            assert uow.answers.delete("round-b", "1.1") is False
            assert uow.barriers.delete("round-b", "1.2") is False
            uow.commit()
    assert snapshot(network) == before


def test_a_member_cannot_read_or_change_another_unit_with_hand_written_sql(
    network: Network,
) -> None:
    before = snapshot(network)
    with network.connect(network.role("anna")) as connection:
        for table in ("answers", "respondents", "barriers"):
            rounds = connection.execute(f"SELECT DISTINCT round_id FROM {table}").fetchall()
            assert rounds == [("round-a",)], table
        for table in ("events", "actions", "rounds"):
            units = connection.execute(f"SELECT DISTINCT unit_id FROM {table}").fetchall()
            assert units == [("unit-a",)], table
        assert connection.execute("SELECT id FROM units").fetchall() == [("unit-a",)]
        assert (
            connection.execute("SELECT unit_id FROM changes WHERE unit_id <> 'unit-a'").fetchall()
            == []
        )

        for statement in (
            "UPDATE answers SET note = 'changed by A' WHERE round_id = 'round-b'",
            "UPDATE rounds SET title = 'changed by A' WHERE id = 'round-b'",
            "UPDATE units SET name = 'changed by A' WHERE id = 'unit-b'",
            "DELETE FROM answers WHERE round_id = 'round-b'",
            "DELETE FROM events WHERE unit_id = 'unit-b'",
            "DELETE FROM rounds WHERE id = 'round-b'",
        ):
            assert connection.execute(statement).rowcount == 0, statement

        refused = {
            # into B's round, or moving A's rows over to B
            "INSERT INTO answers (round_id, criterion_id, value, note, na_justification, "
            "flagged, dissent, carried) VALUES ('round-b', '2.1', 'yes', '', '', false, '', "
            "false)": pg_errors.InsufficientPrivilege,
            "INSERT INTO events (id, unit_id, date, title, description) VALUES "
            "('event-x', 'unit-b', '2026-01-01', 'x', '')": pg_errors.InsufficientPrivilege,
            "UPDATE rounds SET unit_id = 'unit-b' WHERE id = 'round-a'": (
                pg_errors.InsufficientPrivilege
            ),
            # creating and deleting units is for administrators
            "INSERT INTO units (id, name, country, region, lead_agency, created_at) VALUES "
            "('unit-c', 'C', 'SE', '', '', now())": pg_errors.InsufficientPrivilege,
            "DELETE FROM units WHERE id = 'unit-a'": pg_errors.InsufficientPrivilege,
            # nor may a member change who belongs where, or the database format
            "INSERT INTO promise_tracker_server.memberships VALUES (current_user, 'unit-b')": (
                pg_errors.InsufficientPrivilege
            ),
            "UPDATE alembic_version SET version_num = version_num": (
                pg_errors.InsufficientPrivilege
            ),
        }
        for statement, error in refused.items():
            with pytest.raises(error):
                connection.execute(statement)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    assert snapshot(network) == before


def test_a_member_cannot_write_history_in_another_roles_name(network: Network) -> None:
    anna, carl = network.role("anna"), network.role("carl")
    insert = (
        "INSERT INTO changes (unit_id, round_id, criterion_id, record, record_id, action, "
        "summary, changed_by, changed_at) VALUES ('unit-a', 'round-a', '1.1', 'answer', 'x', "
        "'changed', 'yes', %s, now())"
    )
    with network.connect(anna) as connection:
        with pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(insert, (carl,))
        connection.execute(insert, (anna,))  # in their own name, in their own unit: allowed
        with pytest.raises(pg_errors.InsufficientPrivilege):
            connection.execute("UPDATE changes SET changed_by = %s", (carl,))
        with pytest.raises(pg_errors.InsufficientPrivilege):
            connection.execute("DELETE FROM changes")
    with network.superuser() as connection:
        authors = connection.execute(
            "SELECT DISTINCT changed_by FROM changes WHERE record_id = 'x'"
        ).fetchall()
    assert authors == [(anna,)]


def test_an_administrator_cannot_write_history_in_another_roles_name(network: Network) -> None:
    with (
        network.connect(network.role("ada")) as connection,
        pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"),
    ):
        connection.execute(
            "INSERT INTO changes (unit_id, record, record_id, action, summary, changed_by, "
            "changed_at) VALUES ('unit-b', 'unit', 'unit-b', 'changed', '', %s, now())",
            (network.role("anna"),),
        )


# --------------------------------------------------------------------------- coordinators


def test_a_coordinator_reads_every_unit_and_writes_nothing(
    network: Network, tmp_path: Path
) -> None:
    before = snapshot(network)
    with open_as(network, network.role("carl"), tmp_path) as database:
        with database.unit_of_work() as uow:
            assert [unit.name for unit in uow.units.list()] == ["Barnahus A", "Barnahus B"]
            assert len(uow.answers.list_for_round("round-b")) == 2
        answer = Answer("round-a", "1.1", None, "no", "By the coordinator.")
        with pytest.raises(StorageError):
            save(database, lambda uow: uow.answers.upsert(answer))
    with network.connect(network.role("carl")) as connection:
        for statement in (
            "UPDATE answers SET note = 'x'",
            "DELETE FROM events",
            "INSERT INTO units (id, name, country, region, lead_agency, created_at) VALUES "
            "('unit-c', 'C', 'SE', '', '', now())",
            "DELETE FROM promise_tracker_server.memberships",
        ):
            with pytest.raises(pg_errors.InsufficientPrivilege):
                connection.execute(statement)
    assert snapshot(network) == before


# --------------------------------------------------------------------------- administrators


def test_an_administrator_manages_units_and_members(network: Network, tmp_path: Path) -> None:
    ada, anna = network.role("ada"), network.role("anna")
    with open_as(network, ada, tmp_path) as database, database.unit_of_work() as uow:
        uow.units.add(Unit("unit-c", "Barnahus C", "SE"))
        uow.units.delete("unit-b")
        uow.commit()
    # An administrator adds an existing login role to a unit (creating roles is the owner's).
    server_setup.add_member(network.url(ada), anna, ["Barnahus C"])
    with open_as(network, anna, tmp_path) as database, database.unit_of_work() as uow:
        assert [unit.name for unit in uow.units.list()] == ["Barnahus A", "Barnahus C"]
    server_setup.remove_member(network.url(ada), anna, ["unit-a"])
    with open_as(network, anna, tmp_path) as database, database.unit_of_work() as uow:
        assert [unit.name for unit in uow.units.list()] == ["Barnahus C"]
    with network.superuser() as connection:
        units = connection.execute("SELECT id FROM units ORDER BY id").fetchall()
        orphans = connection.execute("SELECT count(*) FROM rounds WHERE unit_id = 'unit-b'")
        assert units == [("unit-a",), ("unit-c",)]
        assert orphans.fetchone() == (0,)


def test_an_administrator_may_not_create_login_roles(network: Network) -> None:
    newcomer = network.role("newcomer")
    with pytest.raises(server_setup.ServerSetupError, match="may not do this"):
        server_setup.add_member(network.url(network.role("ada")), newcomer, ["unit-a"])
    with network.superuser() as connection:
        assert (
            connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (newcomer,)).fetchone()
            is None
        )


def test_a_member_removed_from_every_unit_sees_nothing(network: Network, tmp_path: Path) -> None:
    anna = network.role("anna")
    server_setup.remove_member(network.owner_url, anna)
    # Without a unit the role is no longer in the member group, which alone may connect.
    with pytest.raises(psycopg.OperationalError, match="CONNECT privilege"):
        network.connect(anna).close()


# --------------------------------------------------------------------------- the setup itself


def test_every_app_table_has_forced_row_security_and_policies(network: Network) -> None:
    covered = {table.name for table in server_setup.APP_TABLES}
    app_tables = set(Base.metadata.tables)
    assert app_tables <= covered, "give every new table its access rules in server_setup.py"
    with network.superuser() as connection:
        flags = {
            str(row[0]): row[1]
            for row in connection.execute(
                "SELECT relname, (relrowsecurity AND relforcerowsecurity) FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
            )
        }
        policies = {
            str(name)
            for (name,) in connection.execute("SELECT DISTINCT tablename FROM pg_policies")
        }
        version_rights = [
            connection.execute(
                "SELECT has_table_privilege(%s, 'alembic_version', 'SELECT'), "
                "has_table_privilege(%s, 'alembic_version', 'UPDATE')",
                (group, group),
            ).fetchone()
            for group in network.roles.all
        ]
    assert {table: flags[table] for table in app_tables} == dict.fromkeys(app_tables, True)
    assert app_tables | {"memberships"} <= policies
    assert version_rights == [(True, False)] * 3


def test_init_again_repairs_the_access_rules(network: Network) -> None:
    with network.superuser() as connection:
        connection.execute("ALTER TABLE answers DISABLE ROW LEVEL SECURITY")
        connection.execute("DROP POLICY member_all ON answers")
        connection.execute(f'GRANT UPDATE ON alembic_version TO "{network.roles.member}"')
    server_setup.init_server(network.owner_url)
    with network.connect(network.role("anna")) as connection:
        assert connection.execute("SELECT DISTINCT round_id FROM answers").fetchall() == [
            ("round-a",)
        ]
        with pytest.raises(pg_errors.InsufficientPrivilege):
            connection.execute("UPDATE alembic_version SET version_num = version_num")


def test_a_table_added_by_an_upgrade_gets_its_access_rules(
    postgres_server: ThrowawayServer,
) -> None:
    """A network set up before the history of changes existed (format 0004): the policy code
    skips the missing table, and `server upgrade` gives it its rules once it is there."""
    from sqlalchemy import create_engine

    from promise_tracker.storage.migrate import alembic_config

    with network_database(postgres_server) as network:
        engine = create_engine(network.owner_url)
        try:
            with engine.begin() as connection:
                from alembic import command

                command.upgrade(alembic_config(connection=connection), "0004")
                roles = network.roles
                server_setup._create_group_roles(connection, roles)
                server_setup._create_server_tables(connection, roles)
                server_setup.apply_access(connection, roles)
                tables = {
                    str(name)
                    for (name,) in connection.exec_driver_sql(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    )
                }
                assert "changes" not in tables
                connection.exec_driver_sql(
                    "INSERT INTO units (id, name, country, region, lead_agency, created_at, "
                    "version) VALUES ('unit-a', 'A', 'SE', '', '', now(), 1)"
                )
        finally:
            engine.dispose()
        result = server_setup.upgrade_server(network.owner_url)
        assert (result.old_revision, result.access_applied) == ("0004", True)
        anna = network.role("anna")
        server_setup.add_member(network.owner_url, anna, ["unit-a"], PASSWORD)
        with (
            network.connect(anna) as connection,
            pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"),
        ):
            connection.execute(
                "INSERT INTO changes (unit_id, record, record_id, action, summary, "
                "changed_by, changed_at) VALUES ('unit-a', 'unit', 'unit-a', 'changed', "
                "'', 'someone else', now())"
            )


def test_the_password_reaches_the_server_only_as_a_verifier(network: Network) -> None:
    with network.superuser() as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (network.role("anna"),)
        ).fetchone()
    assert stored is not None
    assert str(stored[0]).startswith("SCRAM-SHA-256$")
    assert PASSWORD not in str(stored[0])
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        network.connect(network.role("anna"), password="wrong").close()

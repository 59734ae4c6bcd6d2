"""`promise-tracker server ...` on the throwaway PostgreSQL server: what IT staff type and read."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from promise_tracker.cli import main
from promise_tracker.storage.migrate import head_revision
from tests.integration.server_network import PASSWORD, Network, network_database
from tests.postgres import ThrowawayServer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


class Terminal:
    """stdin as a terminal whose user types the given answers to getpass, one per prompt."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


@pytest.fixture
def network(postgres_server: ThrowawayServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Network]:
    """A new database owned by a role that may create roles; no init yet."""
    monkeypatch.delenv("PROMISE_TRACKER_DB_URL", raising=False)
    with network_database(postgres_server) as network:
        yield network


@pytest.fixture
def ready(network: Network, capsys: pytest.CaptureFixture[str]) -> Network:
    """The network after `server init`, with units A and B (added by the owner with SQL)."""
    assert (
        run(
            capsys,
            "server",
            "init",
            "--db-url",
            network.owner_url,
            "--prefix",
            network.roles.prefix,
        )[0]
        == 0
    )
    with network.connect(network.owner) as connection:
        connection.execute(
            "INSERT INTO units (id, name, country, region, lead_agency, created_at, version) "
            "VALUES ('unit-a', 'Barnahus Linköping', 'SE', '', '', now(), 1), "
            "('unit-b', 'Barnahus Malmö', 'SE', '', '', now(), 1)"
        )
    return network


def row_security(network: Network, table: str) -> tuple[object, ...] | None:
    with network.superuser() as connection:
        return connection.execute(
            "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = %s::regclass",
            (table,),
        ).fetchone()


def test_init_creates_the_tables_roles_and_rules_and_repairs_them_when_run_again(
    network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = network.roles.prefix
    code, out, err = run(
        capsys, "server", "init", "--db-url", network.owner_url, "--prefix", prefix
    )
    assert (code, err) == (0, "")
    assert f"Created the app's tables (database format {head_revision()})." in out
    assert f"Created the group role {prefix}_admin." in out
    assert f"members of units in {prefix}_member" in out
    assert row_security(network, "answers") == (True, True)

    with network.superuser() as connection:
        connection.execute("ALTER TABLE answers NO FORCE ROW LEVEL SECURITY")
    code, out, err = run(capsys, "server", "init", "--db-url", network.owner_url)
    assert (code, err) == (0, "")
    assert "Created" not in out  # nothing new: the same prefix and roles, repaired rules
    assert row_security(network, "answers") == (True, True)


def test_init_keeps_the_first_prefix(ready: Network, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys, "server", "init", "--db-url", ready.owner_url, "--prefix", "other"
    )
    assert code == 1
    prefix = ready.roles.prefix
    assert f"set up with the prefix “{prefix}”" in err
    assert "nothing was changed" in err
    with ready.superuser() as connection:
        assert (
            connection.execute("SELECT 1 FROM pg_roles WHERE rolname = 'other_admin'").fetchone()
            is None
        )


def test_init_refuses_a_bad_prefix_and_a_database_of_another_program(
    network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "server", "init", "--db-url", network.owner_url, "--prefix", "Bad-Name"
    )
    assert code == 1
    assert "The prefix “Bad-Name” cannot be used" in err
    with network.connect(network.owner) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    code, _out, err = run(
        capsys, "server", "init", "--db-url", network.owner_url, "--prefix", network.roles.prefix
    )
    assert code == 1
    assert "holds tables that are not PROMISE tracker's (invoices)" in err
    with network.superuser() as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_add_member_asks_for_the_password_in_the_terminal(
    ready: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = ready.role("anna")
    terminal = Terminal(monkeypatch, "s3cret-for-anna", "s3cret-for-anna")
    code, out, err = run(
        capsys,
        "server",
        "add-member",
        anna,
        "--unit",
        "barnahus linköping",
        "--password-prompt",
        "--db-url",
        ready.owner_url,
    )
    assert (code, err) == (0, "")
    assert f"Created the login role {anna}." in out
    assert f"{anna} reads and writes the data of: Barnahus Linköping (unit-a)." in out
    assert terminal.prompts == [f"New password for {anna}: ", "The same password again: "]
    with ready.connect(anna, password="s3cret-for-anna") as connection:
        assert connection.execute("SELECT name FROM units").fetchall() == [("Barnahus Linköping",)]


def test_add_member_refuses_differing_passwords_and_unknown_units(
    ready: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = ready.role("anna")
    Terminal(monkeypatch, "one", "another")
    code, _out, err = run(
        capsys,
        "server",
        "add-member",
        anna,
        "--unit",
        "unit-a",
        "--password-prompt",
        "--db-url",
        ready.owner_url,
    )
    assert code == 1
    assert "The two passwords differ. Nothing was changed." in err

    code, _out, err = run(
        capsys, "server", "add-member", anna, "--unit", "Barnahus Umeå", "--db-url", ready.owner_url
    )
    assert code == 1
    assert "There is no unit “Barnahus Umeå” in this database" in err
    assert "Barnahus Linköping (unit-a), Barnahus Malmö (unit-b)" in err
    with ready.superuser() as connection:
        assert (
            connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (anna,)).fetchone()
            is None
        )


def test_password_prompt_needs_a_terminal(
    ready: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _out, err = run(
        capsys,
        "server",
        "add-admin",
        ready.role("ada"),
        "--password-prompt",
        "--db-url",
        ready.owner_url,
    )
    assert code == 1
    assert "asks for the password in a terminal, and there is none" in err


def test_members_lists_who_reaches_what_and_remove_member_takes_them_out(
    ready: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, carl, ada = ready.role("anna"), ready.role("carl"), ready.role("ada")
    monkeypatch.setenv("PROMISE_TRACKER_DB_URL", ready.owner_url)
    assert run(capsys, "server", "add-member", anna, "--unit", "unit-a", "--unit", "unit-b")[0] == 0
    assert run(capsys, "server", "add-coordinator", carl)[1] == (
        f"Created the login role {carl}.\n{carl} reads every unit of the network and changes "
        "nothing.\n"
    )
    assert run(capsys, "server", "add-admin", ada)[0] == 0

    code, out, _err = run(capsys, "server", "members")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ROLE", "ACCESS", "UNITS"]
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in lines[1:]}
    assert rows == {
        ada: ["admin", "all units (manages them)"],
        anna: ["member", "Barnahus Linköping (unit-a); Barnahus Malmö (unit-b)"],
        carl: ["coordinator", "all units (reads)"],
    }

    code, out, _err = run(capsys, "server", "remove-member", anna, "--unit", "Barnahus Malmö")
    assert (code, out) == (0, f"{anna} no longer reaches: Barnahus Malmö (unit-b).\n")
    assert f"{anna}  member" in run(capsys, "server", "members")[1]
    code, out, _err = run(capsys, "server", "remove-member", anna)
    assert (code, out) == (0, f"{anna} no longer reaches: Barnahus Linköping (unit-a).\n")
    assert anna not in run(capsys, "server", "members")[1]
    code, _out, err = run(capsys, "server", "remove-member", anna)
    assert code == 1
    assert "is not a member of any unit; nothing was changed" in err


def test_upgrade_asks_for_a_backup_first_then_upgrades_in_one_go(
    network: Network, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from promise_tracker.storage.migrate import alembic_config

    engine = create_engine(network.owner_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), "0004")
    finally:
        engine.dispose()

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _out, err = run(capsys, "server", "upgrade", "--db-url", network.owner_url)
    assert code == 1
    assert "pg_dump --enable-row-security --format=custom" in err
    assert "run the command again with --yes" in err
    assert version(network) == "0004"

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, out, _err = run(capsys, "server", "upgrade", "--db-url", network.owner_url)
    assert (code, out) == (1, "Nothing was changed.\n")
    assert version(network) == "0004"

    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    code, out, _err = run(capsys, "server", "upgrade", "--db-url", network.owner_url)
    assert code == 0
    assert f"Upgraded the database from format 0004 to {head_revision()}." in out
    assert "run `promise-tracker server init`" in out
    assert version(network) == head_revision()

    assert (
        run(
            capsys,
            "server",
            "init",
            "--db-url",
            network.owner_url,
            "--prefix",
            network.roles.prefix,
        )[0]
        == 0
    )
    code, out, _err = run(capsys, "server", "upgrade", "--yes", "--db-url", network.owner_url)
    assert code == 0
    assert f"The database was already at format {head_revision()}." in out
    assert "Applied the roles' grants and row-level security again." in out


def test_upgrade_refuses_a_database_of_a_newer_version(
    ready: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    with ready.superuser() as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _out, err = run(capsys, "server", "upgrade", "--yes", "--db-url", ready.owner_url)
    assert code == 1
    assert "was set up by a newer version of PROMISE tracker (database format 9999" in err
    assert version(ready) == "9999"


def version(network: Network) -> str:
    with network.superuser() as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


def test_plain_messages_for_a_wrong_url_a_wrong_password_and_no_permission(
    ready: Network, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "server", "members")
    assert code == 1
    assert "Name the network's database with --db-url" in err

    code, _out, err = run(capsys, "server", "members", "--db-url", f"sqlite:///{tmp_path}/x.db")
    assert code == 1
    assert "need the URL of a PostgreSQL database" in err

    code, _out, err = run(
        capsys, "server", "members", "--db-url", ready.url(ready.owner, password="wrong")
    )
    assert code == 1
    assert "refused to sign in" in err
    assert "wrong" not in err.replace("wrong role name", "")  # the password is never shown

    anna = ready.role("anna")
    assert (
        run(capsys, "server", "add-member", anna, "--unit", "unit-a", "--db-url", ready.owner_url)[
            0
        ]
        == 0
    )
    with ready.superuser() as connection:
        connection.execute(f"ALTER ROLE \"{anna}\" PASSWORD '{PASSWORD}'")
    code, _out, err = run(capsys, "server", "add-admin", anna, "--db-url", ready.url(anna))
    assert code == 1
    assert "may not do this" in err
    assert "Run the server commands as the owner of the database" in err


def test_only_the_networks_roles_may_connect(ready: Network) -> None:
    stranger = ready.role("stranger")  # a role of the same server, of no group of this network
    ready.server.execute(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{PASSWORD}'")
    with pytest.raises(psycopg.OperationalError, match="CONNECT privilege"):
        ready.connect(stranger).close()


def test_a_failed_upgrade_changes_nothing(
    ready: Network,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The migrations and the access rules run in one transaction: all of them, or none."""
    import shutil

    from promise_tracker.storage import migrate

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    current = head_revision()
    (scripts / "versions" / "9001_broken.py").write_text(
        f'revision = "9001"\ndown_revision = "{current}"\nbranch_labels = None\n'
        "depends_on = None\n\n"
        "from alembic import op\n\n\n"
        "def upgrade() -> None:\n"
        '    op.execute("CREATE TABLE half_done (id integer)")\n'
        '    op.execute("SELECT 1 / 0")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    code, out, err = run(capsys, "server", "upgrade", "--yes", "--db-url", ready.owner_url)
    assert (code, out) == (1, "")
    assert "to database format 9001 failed and was undone; nothing was changed" in err
    assert "division by zero" in err
    assert version(ready) == current
    with ready.superuser() as connection:
        assert connection.execute("SELECT to_regclass('public.half_done')").fetchone() == (None,)

"""promise-tracker copy-data: a database file to a PostgreSQL server and back, every row kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, make_url, select, text, update

from promise_tracker.cli import main
from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
)
from promise_tracker.errors import StorageError
from promise_tracker.paths import resolve_paths, sqlite_url
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.copy import copy_data
from promise_tracker.storage.migrate import head_revision
from promise_tracker.storage.models import AnswerRow, Base, RoundRow, UnitRow
from tests.postgres import ThrowawayServer

PACK = "promise-bqs-2017"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"
NOTE = "Protokoll från polisen ✓\nRad två: «citat», 北京, emoji 🧒, tab\tslut"
# The ids are chosen so that the later round (started from the earlier one, and compared
# with it) sorts first: a copy in id order meets the reference before the round it names.
EARLY_ROUND = "zz-round-2025"
LATE_ROUND = "aa-round-2026"

Dump = dict[str, list[tuple[Any, ...]]]


def build_source(data_dir: Path) -> Path:
    """A database file with every kind of record, written through the services."""
    with open_workspace(resolve_paths(data_dir)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK)
        criteria = [criterion.id for criterion in pack.criteria()]
        unit = service.create_unit(
            "Barnahus Östra Göinge – “Linköping” 🧸",
            country="se",
            region="Skåne",
            lead_agency="police",
            year_opened=2019,
        )
        service.create_unit("Barnahus Norrvik")  # no year opened, nothing else: NULLs
        service.add_event(unit.id, dt.date(2024, 2, 29), "Flytt till nya lokaler", "Ny adress ✓")
        early = service.create_round(
            unit.id, "Omgång 2025", dt.date(2025, 3, 1), pack, round_id=EARLY_ROUND
        )
        police = service.add_respondent(early.id, "Polis 1 – Åsa?", "professionals", "police")
        service.add_respondent(early.id, "Förälder", "clients")
        service.set_answer(Answer(early.id, criteria[0], value="yes", note=NOTE, flagged=True))
        service.set_answer(
            Answer(early.id, criteria[1], value="na", na_justification="Sköts av regionen")
        )
        service.set_answer(
            Answer(early.id, criteria[2], value="no", note="Saknas", dissent="Hälsan: delvis")
        )
        service.set_answer(Answer(early.id, criteria[3], note="Bara en anteckning"))
        service.set_answer(Answer(early.id, criteria[0], police.id, "no", note="Polisens syn"))
        workspace.assessment.set_barrier(
            Barrier(early.id, criteria[2], BarrierKind.FUNDING, "Budget 2025 – inga medel")
        )
        workspace.assessment.set_barrier(
            Barrier(early.id, criteria[4], BarrierKind.OTHER, "Övrigt")
        )
        service.finalise_round(early.id)
        late = service.create_round(
            unit.id,
            "Omgång 2026",
            dt.date(2026, 3, 1),
            pack,
            round_id=LATE_ROUND,
            start_from=early.id,
            carry_respondents=True,
        )
        assert late.compare_round_id == EARLY_ROUND
        workspace.assessment.confirm_answers(late.id, [criteria[1]])  # the rest stay carried
        workspace.assessment.add_action(
            Action(
                "",
                unit.id,
                criteria[2],
                "Söka medel hos kommunen",
                round_id=early.id,
                lead_agency="social_services",
                responsible_role="Samordnare",
                due_date=dt.date(2026, 6, 30),
                status=ActionStatus.IN_PROGRESS,
                progress_note="Ansökan skickad ✓",
            )
        )
        workspace.assessment.add_action(Action("", unit.id, criteria[5], "Utan datum"))
        respondents = service.respondents(late.id)
        assert respondents
        service.update_respondent(replace(respondents[0], alias="Polis 1 (ny)"))
    database = data_dir / "promise-tracker.sqlite"
    engine = create_engine(sqlite_url(database))
    with engine.begin() as connection:
        # Timestamps with microseconds at their edges, which a copy must keep exactly.
        connection.execute(
            update(UnitRow).values(created_at=dt.datetime(2026, 12, 31, 23, 59, 59, 999999))
        )
        connection.execute(
            update(AnswerRow)
            .where(AnswerRow.note == NOTE)
            .values(updated_at=dt.datetime(2025, 3, 1, 0, 0, 0, 1))
        )
        tables = Base.metadata.tables
        if (
            "changes" in tables
            and not connection.execute(
                select(func.count()).select_from(tables["changes"])
            ).scalar_one()
        ):
            # The history, in case the services of this version do not record it yet.
            unit_id = connection.execute(select(UnitRow.id).limit(1)).scalar_one()
            connection.execute(
                tables["changes"].insert(),
                [
                    {
                        "unit_id": unit_id,
                        "round_id": EARLY_ROUND,
                        "criterion_id": criteria[0],
                        "respondent_id": None,
                        "record": "answer",
                        "record_id": "1",
                        "action": "changed",
                        "summary": "Ja → Nej",
                        "changed_by": "åsa",
                        "changed_at": dt.datetime(2025, 3, 1, 12, 0, 0, 123456),
                    }
                ],
            )
    engine.dispose()
    return database


@pytest.fixture(scope="module")
def source_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("source") / "data")


@pytest.fixture
def source(source_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "source" / "promise-tracker.sqlite"
    copy.parent.mkdir()
    shutil.copy(source_file, copy)
    return copy


def dump(url: str) -> Dump:
    """Every row of every app table, as SQLAlchemy reads it, in primary-key order."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def revision(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(Path.home() / "data"), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_row_survives_a_copy_to_the_server_and_back(
    source: Path, postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = dump(sqlite_url(source))
    # Every kind of record is there to be copied (the history too, where it exists).
    assert all(original.values()), [name for name, rows in original.items() if not rows]
    answers = original["answers"]
    columns = [column.name for column in AnswerRow.__table__.columns]
    assert {row[columns.index("carried")] for row in answers} == {True, False}
    assert any(row[columns.index("dissent")] for row in answers)
    assert any(row[columns.index("respondent_id")] is None for row in answers)

    code, out, err = run(capsys, "copy-data", "--from", str(source), "--to", postgres_url)
    assert (code, err) == (0, "")
    assert dump(postgres_url) == original
    assert revision(postgres_url) == [head_revision()]
    # It says what it copied, table by table.
    assert "answers" in out
    assert f"{len(answers):>10,}" in out.split("answers", 1)[1].splitlines()[0]

    back = tmp_path / "back" / "promise-tracker.sqlite"
    code, _out, err = run(capsys, "copy-data", "--from", postgres_url, "--to", str(back))
    assert (code, err) == (0, "")
    assert dump(sqlite_url(back)) == original
    assert revision(sqlite_url(back)) == [head_revision()]
    assert back.stat().st_mode & 0o077 == 0  # a new database file is private, as always

    # The server goes on from the copied ids: saving new answers there works.
    with open_workspace(resolve_paths(tmp_path / "client", postgres_url)) as workspace:
        saved = workspace.assessment.set_answer(
            Answer(LATE_ROUND, "BQS-10-01", value="yes", note="Efter kopieringen")
        )
        assert saved.note == "Efter kopieringen"
    after = dump(postgres_url)["answers"]
    assert len(after) == len(answers) + 1
    assert after[-1][0] > max(row[0] for row in answers)


def test_a_target_holding_data_is_refused(
    source: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "copy-data", "--from", str(source), "--to", postgres_url)[0] == 0
    before = dump(postgres_url)
    code, out, err = run(capsys, "copy-data", "--from", str(source), "--to", postgres_url)
    assert code == 1
    assert out == ""
    answers = len(before["answers"])
    assert f"already holds data (2 units, 2 rounds, {answers} answers)" in err
    assert "Nothing was copied" in err
    assert "--replace" in err
    assert "Traceback" not in err
    assert dump(postgres_url) == before


def _other_data(data_dir: Path, url: str) -> None:
    """Units, rounds and answers unlike the source's, in the database at url."""
    with open_workspace(resolve_paths(data_dir, url)) as workspace:
        pack = workspace.packs.latest(PACK)
        for number in range(3):
            unit = workspace.assessment.create_unit(f"Annan enhet {number}")
            round_ = workspace.assessment.create_round(unit.id, "Gammal", dt.date(2020, 1, 1), pack)
            workspace.assessment.add_answers(
                Answer(round_.id, criterion.id, value="no", note="skrivs över")
                for criterion in pack.criteria()
            )


def test_replace_puts_the_source_in_place_of_everything_the_target_held(
    source: Path, postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _other_data(tmp_path / "other", postgres_url)
    # One unit the target shares with the source, changed there since.
    shared_id = dump(sqlite_url(source))["units"][0][0]
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(
            UnitRow.__table__.insert().values(
                id=shared_id,
                name="Namn på servern",
                country="NO",
                region="",
                lead_agency="",
                created_at=dt.datetime(2020, 1, 1),
                version=7,
            )
        )
    engine.dispose()

    code, out, err = run(
        capsys, "copy-data", "--from", str(source), "--to", postgres_url, "--replace"
    )
    assert (code, err) == (0, "")
    assert "Copied" in out
    assert dump(postgres_url) == dump(sqlite_url(source))


@pytest.mark.parametrize("target_kind", ["server", "file"])
def test_a_copy_failing_halfway_leaves_the_target_as_it_was(
    source: Path, postgres_url: str, tmp_path: Path, target_kind: str
) -> None:
    target = postgres_url if target_kind == "server" else sqlite_url(tmp_path / "t" / "db.sqlite")
    _other_data(tmp_path / "other", target)
    before = dump(target)
    written: list[tuple[str, int]] = []

    class PowerCutError(Exception):
        pass

    def fail_in_the_answers(table: str, count: int) -> None:
        written.append((table, count))
        if table == "answers":
            raise PowerCutError

    with pytest.raises(PowerCutError):
        copy_data(
            sqlite_url(source),
            target,
            backup_dir=tmp_path / "backups",
            replace=True,
            batch_size=2,
            progress=fail_in_the_answers,
        )
    # It did fail halfway: the earlier tables and a first batch of answers were written...
    assert ("respondents", 2) in written
    assert written[-1] == ("answers", 2)
    assert len(dump(sqlite_url(source))["answers"]) > 2
    # ...and none of it stayed: the target holds what it held.
    assert dump(target) == before


def test_a_source_of_an_older_version_is_refused(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-0004.sqlite", older)
    if head_revision() == "0004":
        pytest.skip("no older fixture than the current revision")
    unchanged = older.read_bytes()
    code, _out, err = run(capsys, "copy-data", "--from", str(older), "--to", postgres_url)
    assert code == 1
    assert "saved by an older version of PROMISE tracker (database format 0004" in err
    assert "open it once with this version of PROMISE tracker" in err
    assert "Nothing was copied" in err
    assert older.read_bytes() == unchanged  # the source is read, never upgraded
    assert _tables(postgres_url) == set()  # the target was not even created


def test_a_source_of_a_newer_version_is_refused(
    source: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(source) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    code, _out, err = run(capsys, "copy-data", "--from", str(source), "--to", postgres_url)
    assert code == 1
    assert "saved by a newer version of PROMISE tracker (database format 9999)" in err
    assert "Update PROMISE tracker" in err
    assert _tables(postgres_url) == set()


def test_a_target_of_a_newer_version_is_refused(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer" / "promise-tracker.sqlite"
    newer.parent.mkdir()
    shutil.copy(source, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    unchanged = newer.read_bytes()
    code, _out, err = run(capsys, "copy-data", "--from", str(source), "--to", str(newer))
    assert code == 1
    assert "newer version of PROMISE tracker" in err
    assert newer.read_bytes() == unchanged


def _tables(url: str) -> set[str]:
    from sqlalchemy import inspect

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture
def owner_role(postgres_server: ThrowawayServer, postgres_url: str) -> Iterator[tuple[str, str]]:
    """A role with a password owning the test database, as a server's administrator."""
    database = make_url(postgres_url).database
    role = f"copier_{database}"
    password = "hemligt-lösen-42"
    postgres_server.execute(
        f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'",
        f'ALTER DATABASE "{database}" OWNER TO "{role}"',
    )
    yield role, postgres_server.url(str(database), user=role, password=password)
    postgres_server.drop_database(str(database))
    postgres_server.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_the_password_is_never_printed(
    source: Path, owner_role: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    role, url = owner_role
    code, out, err = run(capsys, "copy-data", "--from", str(source), "--to", url)
    assert (code, err) == (0, "")
    assert "hemligt" not in out
    assert "h%C3%A4mligt" not in out
    assert f"{role}:***@" in out
    assert dump(url) == dump(sqlite_url(source))
    # Refused (the target holds data now): the message hides it too.
    code, out, err = run(capsys, "copy-data", "--from", url, "--to", url.replace(role, "x"))
    assert code == 1
    assert "hemligt" not in err + out


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("mysql://bob:secret@db.example.org/promise", "--from mysql://bob:***@db.example.org"),
        ("postgresql+asyncpg://bob:secret@db/promise", "that is not a database PROMISE"),
        ("postgresql+psycopg://bob:secret@", "cannot"),
        ("nowhere/promise-tracker.sqlite", "does not exist"),
        ("sqlite://", "that is not a database PROMISE tracker can copy"),
        ("::not a url::", "does not exist"),
    ],
)
def test_a_bad_source_gives_a_plain_message(
    given: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target" / "promise-tracker.sqlite"
    code, out, err = run(capsys, "copy-data", "--from", given, "--to", str(target))
    assert code == 1
    assert out == ""
    assert err.startswith("promise-tracker: ")
    assert expected in err
    assert "secret" not in err
    assert "Traceback" not in err
    assert "Error" not in err
    assert not target.exists()


def test_an_unreachable_server_gives_a_plain_message(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://bob:secret@/promise?host={tmp_path / 'no-server'}"
    code, _out, err = run(capsys, "copy-data", "--from", str(source), "--to", url)
    assert code == 1
    assert err.startswith("promise-tracker: ")
    assert "server" in err
    assert "secret" not in err
    assert "Traceback" not in err


def test_copying_a_database_onto_itself_is_refused(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(sqlite_url(source))
    code, _out, err = run(
        capsys, "copy-data", "--from", str(source), "--to", sqlite_url(source), "--replace"
    )
    assert code == 1
    assert "is both the source and the target" in err
    assert dump(sqlite_url(source)) == before


def test_a_failure_on_the_server_is_told_plainly(
    source: Path, postgres_server: ThrowawayServer, postgres_url: str, tmp_path: Path
) -> None:
    """A server that refuses the rows (here a trigger; in life a full disk or a lost
    connection) ends the copy with a message, and nothing stays."""
    copy_data(sqlite_url(source), postgres_url, backup_dir=tmp_path / "b")  # the schema
    database = str(make_url(postgres_url).database)
    postgres_server.execute(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'no space left on device'; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON barriers FOR EACH ROW EXECUTE FUNCTION refuse()",
        database=database,
    )
    before = dump(postgres_url)
    with pytest.raises(StorageError) as failed:
        copy_data(sqlite_url(source), postgres_url, backup_dir=tmp_path / "b", replace=True)
    assert "failed, so nothing was changed there" in failed.value.message
    assert "no space left on device" in failed.value.message
    assert "Traceback" not in failed.value.message
    assert dump(postgres_url) == before


def test_round_links_are_kept_whatever_the_order_of_ids(
    source: Path, postgres_url: str, tmp_path: Path
) -> None:
    copy_data(sqlite_url(source), postgres_url, backup_dir=tmp_path / "b")
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        link = connection.execute(
            select(RoundRow.compare_round_id).where(RoundRow.id == LATE_ROUND)
        ).scalar_one()
    engine.dispose()
    assert link == EARLY_ROUND


def test_copying_into_a_network_set_up_by_server_init(
    source: Path, postgres_server: ThrowawayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The owner copies every row past the row-level security `server init` sets up; the
    members of a unit keep their membership through --replace; an administrator who is not
    the owner may not copy (the history may only hold rows in their own name) and is told so."""
    from promise_tracker.storage import server_setup
    from tests.integration.server_network import PASSWORD, network_database

    with network_database(postgres_server) as network:
        server_setup.init_server(network.owner_url, network.roles.prefix)
        code, _out, err = run(capsys, "copy-data", "--from", str(source), "--to", network.owner_url)
        assert (code, err) == (0, "")
        original = dump(sqlite_url(source))
        assert dump(network.owner_url) == original

        unit_id = original["units"][0][0]
        anna = network.role("anna")
        server_setup.add_member(network.owner_url, anna, [unit_id], PASSWORD)
        code, _out, err = run(
            capsys, "copy-data", "--from", str(source), "--to", network.owner_url, "--replace"
        )
        assert (code, err) == (0, "")
        assert dump(network.owner_url) == original
        # Anna is still a member of her unit, and sees it (and only it) as before.
        members = {
            m.role: [u.id for u in m.units] for m in server_setup.list_members(network.owner_url)
        }
        assert members[anna] == [unit_id]
        with network.connect(anna) as connection:
            seen = [row[0] for row in connection.execute("SELECT id FROM units")]
        assert seen == [unit_id]

        ada = network.role("ada")
        server_setup.add_to_group(network.owner_url, ada, "admin", PASSWORD)
        code, out, err = run(
            capsys, "copy-data", "--from", str(source), "--to", network.url(ada), "--replace"
        )
        assert code == 1
        assert "nothing was changed there" in err
        assert "owner" in err
        assert PASSWORD not in err + out
        assert dump(network.owner_url) == original


def test_a_server_url_as_psql_writes_it_is_understood(
    source: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    code, out, err = run(capsys, "copy-data", "--from", str(source), "--to", plain)
    assert (code, err) == (0, "")
    assert "to postgresql+psycopg://" in out
    assert dump(postgres_url) == dump(sqlite_url(source))


def test_the_password_may_come_from_the_environment(
    source: Path,
    owner_role: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As libpq's own tools take it: PGPASSWORD (or .pgpass), not the command line."""
    _role, url = owner_role
    parsed = make_url(url)
    monkeypatch.setenv("PGPASSWORD", str(parsed.password))
    without = parsed.set(password=None).render_as_string(hide_password=False)
    code, _out, err = run(capsys, "copy-data", "--from", str(source), "--to", without)
    assert (code, err) == (0, "")
    assert dump(url) == dump(sqlite_url(source))

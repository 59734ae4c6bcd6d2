"""Engine creation: SQLite pragmas on every connection, URLs for awkward file names."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from promise_tracker.errors import StorageError
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import make_engine, make_migration_engine, sqlite_url
from tests.unit.storage.helpers import sample_round


@pytest.fixture
def backend() -> str:
    """The engines' SQLite pragmas are what most of these are about."""
    return "sqlite"


def pragmas(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        return {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "p.sqlite"))
    try:
        expected = {
            "foreign_keys": 1,
            "journal_mode": "wal",
            "synchronous": 1,
            "busy_timeout": 5000,
        }
        assert pragmas(engine) == expected
        # A second, concurrently checked-out connection is a new DBAPI connection.
        with engine.connect() as first, engine.connect() as second:
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            for connection in (first, second):
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # Connections made in another thread (a worker) are set up the same way.
        seen: list[object] = []
        worker = threading.Thread(target=lambda: seen.append(pragmas(engine)))
        worker.start()
        worker.join()
        assert seen == [expected]
    finally:
        engine.dispose()


def test_busy_timeout_is_configurable(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "p.sqlite"), busy_timeout_ms=250)
    try:
        assert pragmas(engine)["busy_timeout"] == 250
    finally:
        engine.dispose()


def test_sessions_of_an_open_database_enforce_foreign_keys(database: Database) -> None:
    with database.session_factory() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.unit_of_work() as uow:
        uow.rounds.add(sample_round(unit_id="no-such-unit"))


def test_migration_engine_has_foreign_keys_off_and_takes_the_write_lock(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "p.sqlite")
    other = make_engine(url, busy_timeout_ms=50)
    engine = make_migration_engine(url, busy_timeout_ms=50)
    try:
        with other.begin() as setup:
            setup.exec_driver_sql("CREATE TABLE t (x)")
        with engine.begin() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            # BEGIN IMMEDIATE holds the write lock before anything was written.
            with pytest.raises(OperationalError, match="locked"), other.begin() as second:
                second.exec_driver_sql("INSERT INTO t VALUES (1)")
            # DDL is inside the transaction: others do not see the table until commit.
            connection.exec_driver_sql("CREATE TABLE u (x)")
            with other.connect() as reader:
                names = reader.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
            assert names == ["t"]
    finally:
        engine.dispose()
        other.dispose()


def test_migration_engine_rolls_back_ddl(tmp_path: Path) -> None:
    engine = make_migration_engine(sqlite_url(tmp_path / "p.sqlite"))

    def create_table_then_fail() -> None:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
            raise RuntimeError("abandon")

    try:
        with pytest.raises(RuntimeError):
            create_table_then_fail()
        with engine.connect() as connection:
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").all()
        # With the sqlite3 module's own transaction handling the table would remain.
        assert tables == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("name", ["plain.sqlite", "with space.sqlite", "odd#?%&=.sqlite", "å ö.db"])
def test_sqlite_url_round_trips_awkward_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    url = sqlite_url(path)
    assert make_url(url).database == str(path)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
    finally:
        engine.dispose()
    assert path.is_file()


def test_sqlite_url_is_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert make_url(sqlite_url(Path("relative.sqlite"))).database == str(
        tmp_path / "relative.sqlite"
    )


def connect_timeout(engine: Engine) -> str | None:
    with engine.connect() as connection:
        info = connection.connection.dbapi_connection.info  # type: ignore[union-attr]
        return dict(info.get_parameters()).get("connect_timeout")


def test_a_server_connection_gives_up_after_a_while_unless_the_url_says(
    postgres_url: str,
) -> None:
    # An unreachable server is reported after 10 seconds instead of hanging the window.
    engines = [make_engine(postgres_url), make_migration_engine(postgres_url)]
    own = make_engine(postgres_url + "&connect_timeout=3")
    try:
        assert [connect_timeout(engine) for engine in engines] == ["10", "10"]
        assert connect_timeout(own) == "3"
    finally:
        for engine in (*engines, own):
            engine.dispose()


def test_a_server_url_without_its_driver_is_a_plain_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As in a build made for offline use, which leaves the PostgreSQL driver out.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    url = "postgresql+psycopg://anna@/promise?host=/nowhere"
    with pytest.raises(StorageError, match=r"cannot reach PostgreSQL servers.*\(psycopg\)"):
        Database.open(url, tmp_path / "backups")
    with pytest.raises(StorageError, match=r"docs/server\.md"):
        make_engine(url)
    make_engine(sqlite_url(tmp_path / "local.sqlite")).dispose()  # files need no driver

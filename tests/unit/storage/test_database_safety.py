"""Database.open keeps the data private, refuses a damaged file, and reads what it may not write."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from promise_tracker.errors import CorruptDatabaseError, DataReadOnlyError, StorageError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo_reset import write_demo
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage import database as database_module
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from promise_tracker.storage.failures import damaged_database_error
from tests.unit.storage.helpers import count_rows, fill, sample_unit
from tests.unit.storage.test_database_open import skip_unless_permissions_are_enforced

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows ignores mode bits")
PAGE = 4096


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def damage_the_middle(path: Path) -> bytes:
    """Overwrite two pages in the middle of the file; the header and schema stay intact."""
    content = bytearray(path.read_bytes())
    middle = len(content) // 2 // PAGE * PAGE
    content[middle : middle + 2 * PAGE] = b"\xa5" * (2 * PAGE)
    path.write_bytes(bytes(content))
    return bytes(content)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once (a few MB, so the middle holds answers)."""
    paths = resolve_paths(tmp_path_factory.mktemp("demo"))
    write_demo(paths, PackRegistry.load(None))
    return paths.database


@pytest.fixture
def lax_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


# --- private files ----------------------------------------------------------------------------


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_a_new_database_and_its_side_files_are_private(db_path: Path, backup_dir: Path) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        with database.unit_of_work() as uow:
            uow.units.add(sample_unit())
            uow.commit()
        side_files = [Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
        assert all(side.exists() for side in side_files)  # open: the write-ahead log is there
        modes = {path.name: mode(path) for path in (db_path, *side_files)}
    assert modes == {
        "promise.sqlite": 0o600,
        "promise.sqlite-wal": 0o600,
        "promise.sqlite-shm": 0o600,
    }


@posix_only
def test_a_database_others_could_read_is_closed_when_opened(
    db_path: Path, backup_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    Database.open(sqlite_url(db_path), backup_dir).close()
    db_path.chmod(0o644)  # as an older version left it
    with caplog.at_level(logging.WARNING, logger="promise_tracker"):
        Database.open(sqlite_url(db_path), backup_dir).close()
    assert mode(db_path) == 0o600
    assert f"{db_path} could be read by other users (mode 644)" in caplog.text


# --- damaged files ----------------------------------------------------------------------------


def test_a_database_damaged_in_the_middle_is_refused_naming_the_newest_backup(
    demo_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "promise-tracker.sqlite"
    shutil.copy(demo_database, path)
    backups = tmp_path / "backups"
    backups.mkdir()
    older = backups / "promise-tracker-session-20260101-090000.sqlite"
    newer = backups / "promise-tracker-manual-20260301-090000.sqlite"
    set_aside = backups / "promise-tracker-damaged-20260401-090000.sqlite"
    for number, backup in enumerate((older, newer, set_aside)):
        shutil.copy(demo_database, backup)
        os.utime(backup, (1_800_000_000 + number, 1_800_000_000 + number))
    damage_the_middle(set_aside)  # a damaged file kept by a restore is no backup to go back to
    content = damage_the_middle(path)
    assert content[:100] == demo_database.read_bytes()[:100]  # the header is intact

    with pytest.raises(CorruptDatabaseError) as caught:
        Database.open(sqlite_url(path), backups)
    message = str(caught.value)
    assert f"The database {path} is damaged" in message
    assert f"The newest backup is {newer}" in message
    assert f"copy the backup over {path}" in message
    assert "close PROMISE tracker" in message
    assert path.read_bytes() == content  # untouched


def test_the_advice_names_side_files_that_belong_to_the_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "promise-tracker.sqlite"
    path.write_bytes(b"")
    Path(f"{path}-wal").write_bytes(b"log")
    backups = tmp_path / "backups"
    backups.mkdir()
    good = backups / "promise-tracker-session-20260101-090000.sqlite"
    sqlite3.connect(good).close()
    message = str(damaged_database_error(path, backups))
    assert f"The newest backup is {good}" in message
    assert f"Delete {path}-wal as well" in message


def test_a_large_database_closed_cleanly_is_not_read_whole_at_every_start(
    demo_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "promise-tracker.sqlite"
    shutil.copy(demo_database, path)
    monkeypatch.setattr(database_module, "QUICK_CHECK_ALWAYS_BYTES", 1000)
    with caplog.at_level(logging.INFO, logger="promise_tracker"):
        Database.open(sqlite_url(path), tmp_path / "backups").close()
    assert f"Skipped the quick check of {path}" in caplog.text


# --- folders and files that may not be written --------------------------------------------------


def _refuse_the_write_probe(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The data folder behaves as on a read-only drive (EROFS) or without permission (EACCES)."""
    real_open = os.open

    def guarded_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)).name.startswith(".promise-tracker-write-test"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded_open)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_folder_that_may_not_be_written_is_reported_and_can_be_read(
    db_path: Path, backup_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    before = db_path.read_bytes()
    _refuse_the_write_probe(monkeypatch, code)

    with pytest.raises(DataReadOnlyError) as caught:
        Database.open(sqlite_url(db_path), backup_dir)
    assert f"cannot save files in the folder {db_path.parent}" in str(caught.value)

    with Database.open(sqlite_url(db_path), backup_dir, read_only=True) as database:
        assert database.read_only
        with database.unit_of_work() as uow:
            assert uow.units.list() == [sample_unit()]
        with pytest.raises(DataReadOnlyError, match="cannot be written"):
            _add_a_unit(database)
    assert db_path.read_bytes() == before
    assert count_rows(db_path)["units"] == 1


def _add_a_unit(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit("unit-2", "Not saved"))
        uow.commit()


def test_read_only_sqlalchemy_connections_refuse_writes_too(
    db_path: Path, backup_dir: Path
) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    with (
        Database.open(sqlite_url(db_path), backup_dir, read_only=True) as database,
        database.engine.connect() as connection,
    ):
        assert connection.exec_driver_sql("SELECT count(*) FROM units").scalar() == 1
        with pytest.raises(OperationalError, match="readonly"):
            connection.exec_driver_sql("DELETE FROM units")
    assert count_rows(db_path)["units"] == 1


def test_read_only_needs_an_existing_database(db_path: Path, backup_dir: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Database.open(sqlite_url(db_path), backup_dir, read_only=True)
    assert not db_path.exists()


def test_a_real_read_only_folder_is_reported_and_can_be_read(
    tmp_path: Path, backup_dir: Path
) -> None:
    skip_unless_permissions_are_enforced(tmp_path)
    folder = tmp_path / "read-only"
    path = folder / "promise.sqlite"
    with Database.open(sqlite_url(path), backup_dir) as database:
        fill(database)
    folder.chmod(0o555)
    try:
        with pytest.raises(DataReadOnlyError, match="cannot save files in the folder"):
            Database.open(sqlite_url(path), backup_dir)
        with (
            Database.open(sqlite_url(path), backup_dir, read_only=True) as database,
            database.unit_of_work() as uow,
        ):
            assert uow.units.list() == [sample_unit()]
    finally:
        folder.chmod(0o755)

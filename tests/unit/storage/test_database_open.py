"""Database.open: creates new files, refuses what it must not touch, reports locks clearly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from promise_tracker.errors import CorruptDatabaseError, DatabaseTooNewError, StorageError
from promise_tracker.storage.database import HEAD_REVISION, Database
from promise_tracker.storage.engine import sqlite_url
from tests.unit.storage.helpers import FIXTURE_DATABASES, count_rows, fill, sample_unit


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder with its bytes: 'unchanged' means this is equal."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_a_new_file_is_created_at_head(db_path: Path, backup_dir: Path) -> None:
    database = Database.open(sqlite_url(db_path), backup_dir)
    try:
        assert database.schema_revision == HEAD_REVISION
        assert database.path == db_path
        assert database.url == sqlite_url(db_path)
        with database.unit_of_work() as uow:
            assert uow.units.list() == []
    finally:
        database.close()
    assert not backup_dir.exists()  # nothing to back up
    # Closing the last connection folds the WAL back in: one self-contained file remains.
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["promise.sqlite"]


def test_an_empty_file_is_treated_as_a_new_database(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        assert database.schema_revision == HEAD_REVISION


def test_data_survives_closing_and_reopening(db_path: Path, backup_dir: Path) -> None:
    with Database.open(sqlite_url(db_path), backup_dir) as database:
        fill(database)
    with Database.open(sqlite_url(db_path), backup_dir) as database, database.unit_of_work() as uow:
        assert uow.units.list() == [sample_unit()]
    assert not backup_dir.exists()  # already at head: no backup


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(4096),
        b"Minutes of the team meeting\n\nEveryone agreed.\n",
        b"SQLite format",  # shorter than the header
        b"\x00" * 100,
    ],
    ids=["random bytes", "text file", "truncated header", "zeros"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(
    tmp_path: Path, backup_dir: Path, content: bytes
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        Database.open(sqlite_url(path), backup_dir)
    assert str(path) in str(caught.value)
    assert "is not a PROMISE tracker database" in str(caught.value)
    assert snapshot(tmp_path) == {"notes.sqlite": content}


def test_a_damaged_database_is_refused(tmp_path: Path, backup_dir: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", path)
    content = bytearray(path.read_bytes())
    content[100:4096] = os.urandom(3996)  # the header survives, the schema page does not
    path.write_bytes(bytes(content))
    with pytest.raises(CorruptDatabaseError) as caught:
        Database.open(sqlite_url(path), backup_dir)
    assert f"The database {path} is damaged" in str(caught.value)
    assert f"There is no backup in {backup_dir}" in str(caught.value)
    assert path.read_bytes() == content


def test_an_sqlite_database_of_another_program_is_refused_untouched(
    tmp_path: Path, backup_dir: Path
) -> None:
    path = tmp_path / "contacts.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Alva', '555-0100')")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        Database.open(sqlite_url(path), backup_dir)
    assert f"{path} is not a PROMISE tracker database" in str(caught.value)
    assert snapshot(tmp_path) == before
    assert not backup_dir.exists()


def test_a_database_from_a_newer_version_is_refused_byte_identical(
    tmp_path: Path, backup_dir: Path
) -> None:
    path = tmp_path / "from-the-future.sqlite"
    shutil.copy(FIXTURE_DATABASES / f"schema-{HEAD_REVISION}.sqlite", path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00dfacefeed'")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    assert list(before) == ["from-the-future.sqlite"]
    with pytest.raises(DatabaseTooNewError) as caught:
        Database.open(sqlite_url(path), backup_dir)
    message = str(caught.value)
    assert str(path) in message
    assert "newer version of PROMISE tracker" in message
    assert "f00dfacefeed" in message
    assert "Update PROMISE tracker" in message
    assert "has not been changed" in message
    assert snapshot(tmp_path) == before  # no -wal or -shm left behind either
    assert not backup_dir.exists()


def test_a_folder_is_refused(tmp_path: Path, backup_dir: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        Database.open(sqlite_url(tmp_path), backup_dir)


def test_a_location_that_cannot_exist_is_a_storage_error(tmp_path: Path, backup_dir: Path) -> None:
    not_a_folder = tmp_path / "report.txt"
    not_a_folder.write_text("a file, not a folder")
    path = not_a_folder / "promise.sqlite"
    with pytest.raises(StorageError, match="cannot be opened or created") as caught:
        Database.open(sqlite_url(path), backup_dir)
    assert str(path) in str(caught.value)


def skip_unless_permissions_are_enforced(folder: Path) -> None:
    """Root (with CAP_DAC_OVERRIDE) may write anywhere; such tests would prove nothing."""
    probe = folder / "permission-probe"
    probe.touch(mode=0o444)
    try:
        with probe.open("ab"):
            pytest.skip("this user can write to read-only files (root?)")
    except PermissionError:
        pass
    finally:
        probe.unlink()


def test_a_read_only_folder_is_a_storage_error(tmp_path: Path, backup_dir: Path) -> None:
    skip_unless_permissions_are_enforced(tmp_path)
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="cannot save files in the folder"):
            Database.open(sqlite_url(folder / "promise.sqlite"), backup_dir)
    finally:
        folder.chmod(0o755)


def test_a_read_only_file_is_reported_at_open(db_path: Path, backup_dir: Path) -> None:
    skip_unless_permissions_are_enforced(db_path.parent.parent)
    Database.open(sqlite_url(db_path), backup_dir).close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(StorageError, match="read-only"):
            Database.open(sqlite_url(db_path), backup_dir)
    finally:
        db_path.chmod(0o644)


def test_a_database_locked_by_another_program_is_a_storage_error(
    db_path: Path, backup_dir: Path
) -> None:
    Database.open(sqlite_url(db_path), backup_dir).close()
    blocker = sqlite3.connect(db_path)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another program is in the middle of writing
        started = time.monotonic()
        with pytest.raises(StorageError, match="in use by another program") as caught:
            Database.open(sqlite_url(db_path), backup_dir, busy_timeout_ms=200)
        assert time.monotonic() - started >= 0.2  # it waited before giving up
        assert str(db_path) in str(caught.value)
    finally:
        blocker.rollback()
        blocker.close()


def test_in_memory_urls_are_a_programming_error(backup_dir: Path) -> None:
    with pytest.raises(ValueError, match="file path"):
        Database.open("sqlite://", backup_dir)


def test_two_databases_on_one_file_see_each_others_commits(db_path: Path, backup_dir: Path) -> None:
    first = Database.open(sqlite_url(db_path), backup_dir)
    second = Database.open(sqlite_url(db_path), backup_dir)
    try:
        with first.unit_of_work() as writing:
            writing.units.add(sample_unit())
            # WAL: the other reads (the old state) while this write is uncommitted.
            with second.unit_of_work() as reading:
                assert reading.units.list() == []
            writing.commit()
        with second.unit_of_work() as uow:
            assert uow.units.list() == [sample_unit()]
            uow.units.add(sample_unit("unit-2", "From the second window"))
            uow.commit()
        with first.unit_of_work() as uow:
            assert [unit.id for unit in uow.units.list()] == ["unit-1", "unit-2"]
    finally:
        first.close()
        second.close()


def test_a_writer_waits_for_the_other_writer_instead_of_failing(
    db_path: Path, backup_dir: Path
) -> None:
    first = Database.open(sqlite_url(db_path), backup_dir)
    second = Database.open(sqlite_url(db_path), backup_dir)
    errors: list[BaseException] = []
    about_to_write = threading.Event()

    def write_from_second() -> None:
        try:
            with second.unit_of_work() as uow:
                about_to_write.set()
                uow.units.add(sample_unit("unit-2", "Second"))  # blocks on first's lock
                uow.commit()
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    try:
        with first.unit_of_work() as uow:
            uow.units.add(sample_unit())  # holds the write lock until commit
            worker = threading.Thread(target=write_from_second)
            worker.start()
            about_to_write.wait(5)
            time.sleep(0.2)  # let the second writer hit the lock and start waiting
            uow.commit()
        worker.join(10)
        assert errors == []
        assert count_rows(db_path)["units"] == 2
    finally:
        first.close()
        second.close()

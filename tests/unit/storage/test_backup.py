"""Backups use SQLite's backup API: they hold committed data still in the -wal file."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from promise_tracker.errors import StorageError
from promise_tracker.storage.backup import backup_before_migration, backup_name, backup_sqlite


def wal_database_with_uncheckpointed_rows(path: Path) -> sqlite3.Connection:
    """A WAL database whose committed rows are all still in the -wal file (kept open)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")  # keep everything in the -wal file
    connection.execute("CREATE TABLE answers (criterion TEXT, value TEXT)")
    connection.executemany(
        "INSERT INTO answers VALUES (?, ?)", [(f"{n}.1", "fully") for n in range(500)]
    )
    connection.commit()
    return connection


def rows_in(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM answers").fetchone()[0])
    finally:
        connection.close()


def test_backup_holds_rows_that_only_exist_in_the_wal_file(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = wal_database_with_uncheckpointed_rows(source)
    try:
        # The hazard this module exists for: a byte copy of the main file has no table at all.
        naive = tmp_path / "naive-copy.sqlite"
        shutil.copyfile(source, naive)
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            rows_in(naive)

        backup = backup_sqlite(source, tmp_path / "backups" / "live-backup.sqlite")
    finally:
        writer.close()
    assert backup == tmp_path / "backups" / "live-backup.sqlite"
    assert rows_in(backup) == 500
    # A backup is one plain file: not in WAL mode, no side files, no leftover partial file.
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()
    assert sorted(p.name for p in backup.parent.iterdir()) == ["live-backup.sqlite"]


def test_backup_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    existing = tmp_path / "old-backup.sqlite"
    existing.write_bytes(b"an older backup")
    with pytest.raises(StorageError, match="exists"):
        backup_sqlite(source, existing)
    assert existing.read_bytes() == b"an older backup"


def test_backup_of_a_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        backup_sqlite(tmp_path / "missing.sqlite", tmp_path / "b.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


def test_backup_into_an_impossible_folder_is_a_storage_error(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(StorageError, match="Could not back up"):
        backup_sqlite(source, blocked / "backup.sqlite")


def test_backup_names_say_what_they_preceded_and_never_collide(tmp_path: Path) -> None:
    source = tmp_path / "promise.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    when = dt.datetime(2026, 11, 20, 9, 5, 7)
    assert backup_name(source, "0002", when) == "promise-before-0002-20261120-090507.sqlite"
    first = backup_before_migration(source, tmp_path / "backups", "0002", now=when)
    second = backup_before_migration(source, tmp_path / "backups", "0002", now=when)
    assert first.name == "promise-before-0002-20261120-090507.sqlite"
    assert second.name == "promise-before-0002-20261120-090507-2.sqlite"
    assert rows_in(first) == rows_in(second) == 500

"""Backups use SQLite's backup API: they hold committed data still in the -wal file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from promise_tracker.errors import StorageError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.backup import (
    PAUSE_ENV,
    BackupIntegrityError,
    DatabaseDamagedError,
    DatabaseInUseError,
    backup_before_migration,
    backup_into,
    backup_name,
    backup_sqlite,
    holds_the_same_pages,
    read_content,
    replace_database,
    set_aside,
    snapshot,
    take_over,
)
from promise_tracker.storage.database import HEAD_REVISION


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


# --- private files, integrity, reading, taking over and replacing a database ------------------


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def damaged_database(path: Path) -> Path:
    """A database whose header is intact but whose table pages are overwritten with junk."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE answers (criterion TEXT, value TEXT)")
    connection.execute("CREATE INDEX answers_value ON answers (value)")
    connection.executemany(
        "INSERT INTO answers VALUES (?, ?)", [(f"{n}.1", f"value {n}" * 20) for n in range(2000)]
    )
    connection.commit()
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        for page in (3, 7, 12, 20):
            file.seek(page * page_size)
            file.write(b"\xff" * page_size)
    return path


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_are_private_even_in_an_older_open_folder(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # as an older version left it
    made = backup_before_migration(source, folder, "0002")
    assert mode_of(folder) == 0o700
    assert mode_of(made) == 0o600
    session = backup_into(source, folder, "session")
    assert mode_of(session) == 0o600
    assert session.name.startswith("live-session-")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_copy_is_private_whatever_the_umask(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    previous = os.umask(0o022)
    try:
        copy = backup_sqlite(source, tmp_path / "stick" / "copy.sqlite")
    finally:
        os.umask(previous)
    assert mode_of(copy) == 0o600


def test_a_damaged_database_gives_no_backup(tmp_path: Path) -> None:
    source = damaged_database(tmp_path / "live.sqlite")
    folder = tmp_path / "backups"
    with pytest.raises(BackupIntegrityError, match="integrity check"):
        backup_into(source, folder, "session")
    assert list(folder.iterdir()) == []  # neither a backup nor a partial file


def test_overwrite_replaces_a_file_the_user_chose(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    existing = tmp_path / "copy.sqlite"
    existing.write_bytes(b"an older copy")
    assert backup_sqlite(source, existing, overwrite=True) == existing
    assert rows_in(existing) == 500


def test_read_content_counts_what_a_promise_database_holds(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        unit = workspace.assessment.create_unit("Barnahus Umeå", country="SE")
        pack = workspace.packs.latest("promise-bqs-2017")
        workspace.assessment.create_round(unit.id, "Baseline", dt.date(2026, 3, 1), pack)
    copy = backup_sqlite(paths.database, tmp_path / "copy.sqlite")
    before = copy.read_bytes()
    content = read_content(copy)
    assert content is not None
    assert (content.units, content.rounds, content.answers) == (1, 1, 0)
    assert content.revisions == (HEAD_REVISION,)
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "data"]

    other = tmp_path / "other.sqlite"
    wal_database_with_uncheckpointed_rows(other).close()
    assert read_content(other) is None  # an SQLite file, but not ours


def test_take_over_folds_the_log_in_and_refuses_a_database_in_use(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    other = wal_database_with_uncheckpointed_rows(source)
    try:
        with pytest.raises(DatabaseInUseError):
            take_over(source)
        assert Path(f"{source}-wal").exists()
    finally:
        other.close()
    writer = wal_database_with_uncheckpointed_rows(tmp_path / "second.sqlite")
    writer.close()
    source = tmp_path / "second.sqlite"
    take_over(source)
    assert not Path(f"{source}-wal").exists()
    assert not Path(f"{source}-shm").exists()
    assert rows_in(source) == 500


def test_take_over_tells_a_damaged_file_from_one_in_use(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseDamagedError):
        take_over(junk)


def test_replace_database_refuses_while_a_log_appeared(tmp_path: Path) -> None:
    database = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(database).close()
    prepared = tmp_path / "new.sqlite.restore.partial"
    wal_database_with_uncheckpointed_rows(prepared).close()
    take_over(prepared)
    reader = sqlite3.connect(database)
    reader.execute("PRAGMA journal_mode = WAL")
    reader.execute("SELECT count(*) FROM answers").fetchone()
    try:
        before = database.read_bytes()
        with pytest.raises(DatabaseInUseError):
            replace_database(prepared, database)
        assert database.read_bytes() == before
        assert prepared.exists()
    finally:
        reader.close()


def test_replace_database_puts_the_new_file_in_place_and_drops_the_old_index(
    tmp_path: Path,
) -> None:
    database = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(database).close()
    take_over(database)
    Path(f"{database}-shm").write_bytes(b"stale index")
    prepared = tmp_path / "live.sqlite.restore.partial"
    connection = sqlite3.connect(prepared)
    connection.execute("CREATE TABLE answers (criterion TEXT, value TEXT)")
    connection.execute("INSERT INTO answers VALUES ('1.1', 'restored')")
    connection.commit()
    connection.close()
    replace_database(prepared, database)
    assert rows_in(database) == 1
    assert not prepared.exists()
    assert not Path(f"{database}-shm").exists()


def test_set_aside_keeps_the_bytes_and_the_log(tmp_path: Path) -> None:
    database = tmp_path / "live.sqlite"
    writer = wal_database_with_uncheckpointed_rows(database)
    try:
        target = set_aside(database, tmp_path / "backups" / "live-damaged.sqlite")
        assert target.read_bytes() == database.read_bytes()
        assert Path(f"{target}-wal").read_bytes() == Path(f"{database}-wal").read_bytes()
    finally:
        writer.close()
    assert rows_in(target) == 500  # the copy with its log holds every committed row


def test_pause_point_does_nothing_unless_a_test_asks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(PAUSE_ENV, raising=False)
    source = tmp_path / "live.sqlite"
    wal_database_with_uncheckpointed_rows(source).close()
    assert rows_in(backup_sqlite(source, tmp_path / "copy.sqlite")) == 500


def test_a_snapshot_matches_a_backup_of_the_same_data_and_no_other(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = wal_database_with_uncheckpointed_rows(source)
    try:
        backup = backup_sqlite(source, tmp_path / "backup.sqlite")
        # Unchanged: equal, though the live file is in WAL mode and the backup is not.
        assert holds_the_same_pages(snapshot(source), backup)
        # The smallest change (one letter of one row) is seen.
        writer.execute("UPDATE answers SET value = 'fullY' WHERE criterion = '250.1'")
        writer.commit()
        assert not holds_the_same_pages(snapshot(source), backup)
    finally:
        writer.close()
    assert not holds_the_same_pages(snapshot(source), tmp_path / "missing.sqlite")

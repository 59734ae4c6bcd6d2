"""Backups of the user's data: at session start if changed, rotation, listing, copies, restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.backups import (
    Backup,
    BackupKind,
    describe_content,
    list_backups,
    make_backup,
    parse_backup_name,
    restore_backup,
    rotate,
    rotation_victims,
    save_copy,
    session_backup,
)
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import open_workspace
from tests.unit.storage.helpers import FIXTURE_DATABASES

NOW = dt.datetime(2026, 11, 20, 9, 5, 7)
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A data folder with one unit, one round and three answers."""
    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        unit = service.create_unit("Barnahus Umeå", country="SE")
        pack = workspace.packs.latest("promise-bqs-2017")
        assessment_round = service.create_round(unit.id, "Baseline", dt.date(2026, 3, 1), pack)
        for criterion in pack.criteria()[:3]:
            service.set_answer(Answer(assessment_round.id, criterion.id, value="yes"))
    return paths


def add_answer(paths: AppPaths, note: str = "added later") -> None:
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        unit = service.units()[0]
        assessment_round = service.rounds(unit.id)[0]
        criterion = service.pack_for(assessment_round).criteria()[5]
        service.set_answer(Answer(assessment_round.id, criterion.id, value="no", note=note))


def dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }


def fingerprints(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- session backups --------------------------------------------------------------------------


def test_a_session_backup_is_made_once_until_something_changes(paths: AppPaths) -> None:
    first = session_backup(paths, now=NOW)
    assert first is not None
    assert first.name == "promise-tracker-session-20261120-090507.sqlite"
    assert dump(first) == dump(paths.database)

    # A session that only reads (the app opens the round and shows it) changes nothing.
    with open_workspace(paths) as workspace:
        unit = workspace.assessment.units()[0]
        RoundSession(workspace.assessment, workspace.assessment.rounds(unit.id)[0].id)
    assert session_backup(paths, now=NOW + dt.timedelta(days=1)) is None
    assert [b.path for b in list_backups(paths)] == [first]

    add_answer(paths)
    second = session_backup(paths, now=NOW + dt.timedelta(days=2))
    assert second is not None
    assert second.name == "promise-tracker-session-20261122-090507.sqlite"
    assert dump(second) == dump(paths.database)
    assert dump(first) != dump(second)


def test_a_manual_backup_counts_as_the_last_backup(paths: AppPaths) -> None:
    make_backup(paths, now=NOW)
    assert session_backup(paths, now=NOW + dt.timedelta(hours=1)) is None
    assert [b.kind for b in list_backups(paths)] == [BackupKind.MANUAL]


@POSIX_ONLY
def test_session_backups_are_private(paths: AppPaths) -> None:
    made = session_backup(paths, now=NOW)
    assert made is not None
    assert mode_of(paths.backups_dir) == 0o700
    assert mode_of(made) == 0o600


def test_no_session_backup_without_a_database(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "empty")
    assert session_backup(paths, now=NOW) is None
    assert not paths.backups_dir.exists()


def test_no_session_backup_of_a_server_database(tmp_path: Path, postgres_url: str) -> None:
    # A server's backups are its administrator's (pg_dump): a session starts without one,
    # and without a warning in the log.
    paths = resolve_paths(tmp_path / "data", postgres_url)
    open_workspace(paths).close()
    assert session_backup(paths, now=NOW) is None
    assert list(paths.backups_dir.iterdir()) == []


def test_no_second_copy_right_after_an_upgrade_backup(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", paths.database)
    open_workspace(paths).close()  # upgrades, after a backup "before-<revision>"
    assert [b.kind for b in list_backups(paths)] == [BackupKind.BEFORE_UPGRADE]
    assert session_backup(paths) is None
    assert [b.kind for b in list_backups(paths)] == [BackupKind.BEFORE_UPGRADE]


def test_a_damaged_database_is_not_backed_up_and_keeps_the_old_backups(
    paths: AppPaths,
) -> None:
    first = session_backup(paths, now=NOW)
    assert first is not None
    damage(paths.database)
    with pytest.raises(PromiseTrackerError, match="damaged") as raised:
        session_backup(paths, now=NOW + dt.timedelta(days=1))
    assert "Restore an earlier backup" in str(raised.value)
    assert [b.path for b in list_backups(paths)] == [first]


def damage(database: Path) -> None:
    """Overwrite some table pages (not the header) with junk."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 6
    with database.open("r+b") as file:
        for page in range(2, pages, 2):
            file.seek(page * page_size)
            file.write(b"\xa5" * page_size)


# --- rotation ---------------------------------------------------------------------------------


def fake_backup(folder: Path, label: str, when: dt.datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"promise-tracker-{label}-{when:%Y%m%d-%H%M%S}.sqlite"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_ten_sessions_and_one_per_month_for_a_year(paths: AppPaths) -> None:
    folder = paths.backups_dir
    # Two sessions a month for two years, the newest on NOW's day.
    sessions = [fake_backup(folder, "session", NOW - dt.timedelta(days=15 * n)) for n in range(48)]
    others = [
        fake_backup(folder, "manual", NOW - dt.timedelta(days=700)),
        fake_backup(folder, "before-0002", NOW - dt.timedelta(days=800)),
        fake_backup(folder, "before-restore", NOW - dt.timedelta(days=900)),
        fake_backup(folder, "damaged", NOW - dt.timedelta(days=950)),
    ]
    deleted = rotate(paths, now=NOW)

    def month(path: Path) -> str:
        return path.name.split("-session-")[1][:6]

    year = [f"2025{m:02d}" for m in (12,)] + [f"2026{m:02d}" for m in range(1, 12)]
    newest_per_month = {max(p for p in sessions if month(p) == m) for m in year}
    kept = {b.path for b in list_backups(paths, with_content=False)}
    assert kept == set(sessions[:10]) | newest_per_month | set(others)
    assert len(kept - set(others)) == 17  # ten sessions back to July, one a month before
    assert set(deleted) == set(sessions) - kept
    assert all(not p.exists() for p in deleted)
    assert rotate(paths, now=NOW) == []  # nothing more to do


def test_rotation_victims_leave_a_young_folder_alone() -> None:
    backups = [
        Backup(Path(f"s{n}.sqlite"), BackupKind.SESSION, NOW - dt.timedelta(hours=n), 1)
        for n in range(10)
    ]
    assert rotation_victims(backups, NOW) == []
    older = [*backups, Backup(Path("old.sqlite"), BackupKind.SESSION, NOW, 1)]
    older[-1] = Backup(Path("old.sqlite"), BackupKind.SESSION, NOW - dt.timedelta(hours=99), 1)
    # The eleventh session of this month is neither among the last ten nor the month's newest.
    assert [b.path for b in rotation_victims(older, NOW)] == [Path("old.sqlite")]


def test_rotation_removes_partial_files_left_by_a_crash_only_when_stale(
    paths: AppPaths,
) -> None:
    folder = paths.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / "promise-tracker-session-20261001-100000.sqlite.partial"
    stale.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    young = folder / "promise-tracker-session-20261120-090000.sqlite.partial"
    young.write_bytes(b"being written")
    assert rotate(paths, now=NOW) == [stale]
    assert young.exists()


# --- listing ----------------------------------------------------------------------------------


def test_list_backups_newest_first_with_kind_and_content(paths: AppPaths) -> None:
    older = make_backup(paths, now=NOW)
    add_answer(paths)
    newer = session_backup(paths, now=NOW + dt.timedelta(hours=2))
    (paths.backups_dir / "notes.txt").write_text("a file of the user's", encoding="utf-8")
    (paths.backups_dir / "promise-tracker-session-20261201-000000.sqlite.partial").write_bytes(
        b"being written"
    )
    junk = paths.backups_dir / "promise-tracker-manual-20250101-000000.sqlite"
    junk.write_bytes(b"not a database at all")

    listed = list_backups(paths)
    assert [b.path for b in listed] == [newer, older, junk]
    assert [b.kind for b in listed] == [BackupKind.SESSION, BackupKind.MANUAL, BackupKind.MANUAL]
    assert listed[0].created == NOW + dt.timedelta(hours=2)
    assert listed[0].size == newer.stat().st_size  # type: ignore[union-attr]
    assert listed[0].content is not None
    assert (listed[0].content.units, listed[0].content.rounds) == (1, 1)
    assert (listed[0].content.answers, listed[1].content.answers) == (4, 3)  # type: ignore[union-attr]
    assert listed[2].content is None
    assert describe_content(listed[1].content) == "1 units, 1 rounds, 3 answers"
    assert describe_content(None) == "cannot be read"


def test_backup_names_give_kind_and_time() -> None:
    assert parse_backup_name("promise-tracker-before-0002-20261120-090507-2.sqlite") == (
        BackupKind.BEFORE_UPGRADE,
        NOW,
    )
    assert parse_backup_name("promise-tracker-before-restore-20261120-090507.sqlite") == (
        BackupKind.BEFORE_RESTORE,
        NOW,
    )
    assert parse_backup_name("promise-tracker-session-20261120-090507.sqlite.partial") is None
    assert parse_backup_name("holiday-photo.sqlite") is None


# --- copies -----------------------------------------------------------------------------------


def test_save_a_copy_writes_the_whole_data_and_never_overwrites_unasked(
    paths: AppPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    copy = save_copy(paths, stick / "our data.sqlite")
    assert dump(copy) == dump(paths.database)
    with pytest.raises(PromiseTrackerError, match="already exists"):
        save_copy(paths, copy)
    add_answer(paths)
    save_copy(paths, copy, overwrite=True)
    assert dump(copy) == dump(paths.database)
    assert sorted(p.name for p in stick.iterdir()) == ["our data.sqlite"]


@POSIX_ONLY
def test_a_copy_into_a_read_only_folder_says_so(paths: AppPaths, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        with pytest.raises(PromiseTrackerError, match="read-only or you may not save"):
            save_copy(paths, locked / "copy.sqlite")
    finally:
        os.chmod(locked, 0o700)


def test_no_backup_without_a_database(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "empty")
    with pytest.raises(PromiseTrackerError, match="nothing to back up"):
        make_backup(paths)


# --- restore ----------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_data_it_replaced(
    paths: AppPaths,
) -> None:
    backup = make_backup(paths, now=NOW)
    add_answer(paths, note="typed after the backup")
    current = dump(paths.database)
    assert current != dump(backup)

    result = restore_backup(paths, backup, now=NOW + dt.timedelta(hours=1))

    assert dump(paths.database) == dump(backup)
    assert result.previous is not None
    assert result.previous.name == "promise-tracker-before-restore-20261120-100507.sqlite"
    assert dump(result.previous) == current  # the restore can be undone
    assert (result.content.units, result.content.answers) == (1, 3)
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        "promise-tracker.sqlite"
    ]
    with open_workspace(paths) as workspace:  # the app opens the restored data
        unit = workspace.assessment.units()[0]
        assessment_round = workspace.assessment.rounds(unit.id)[0]
        notes = [a.note for a in workspace.assessment.answers(assessment_round.id)]
    assert "typed after the backup" not in notes

    # And back again, from the "before restore" backup.
    restore_backup(paths, result.previous, now=NOW + dt.timedelta(hours=2))
    assert dump(paths.database) == current


@POSIX_ONLY
def test_the_restored_database_is_private(paths: AppPaths) -> None:
    backup = make_backup(paths, now=NOW)
    os.chmod(paths.database, 0o644)
    restore_backup(paths, backup)
    assert mode_of(paths.database) == 0o600


def test_restore_an_older_schema_is_upgraded_when_opened(paths: AppPaths, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", old)
    result = restore_backup(paths, old)
    assert result.content.revisions == ("0001",)
    with open_workspace(paths) as workspace:
        assert workspace.assessment.units()


def refused(paths: AppPaths, candidate: Path, match: str) -> None:
    """Restoring `candidate` is refused with `match` in the message; nothing changes."""
    before = fingerprints(paths.data_dir) | {
        "backups/" + k: v for k, v in fingerprints(paths.backups_dir).items()
    }
    with pytest.raises(PromiseTrackerError, match=match) as raised:
        restore_backup(paths, candidate)
    assert "Nothing was changed" in str(raised.value)
    after = fingerprints(paths.data_dir) | {
        "backups/" + k: v for k, v in fingerprints(paths.backups_dir).items()
    }
    assert after == before


def test_restore_refuses_a_file_that_is_not_a_database(paths: AppPaths, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("these are not the data you are looking for", encoding="utf-8")
    refused(paths, text, "is not a PROMISE tracker database")


def test_restore_refuses_another_programs_database(paths: AppPaths, tmp_path: Path) -> None:
    other = tmp_path / "music.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.commit()
    refused(paths, other, "is not a PROMISE tracker database")


def test_restore_refuses_a_damaged_backup(paths: AppPaths) -> None:
    backup = make_backup(paths, now=NOW)
    damage(backup)
    refused(paths, backup, "is damaged")


def test_restore_refuses_a_backup_from_a_newer_version(paths: AppPaths) -> None:
    backup = make_backup(paths, now=NOW)
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfacefeed'")
        connection.commit()
    refused(paths, backup, "newer version of PROMISE tracker .*f00dfacefeed")


def test_restore_refuses_a_missing_file_and_the_database_itself(paths: AppPaths) -> None:
    refused(paths, paths.backups_dir / "gone.sqlite", "does not exist")
    refused(paths, paths.database, "is the database itself")


def test_restore_refuses_while_another_program_has_the_database_open(paths: AppPaths) -> None:
    backup = make_backup(paths, now=NOW)
    add_answer(paths)
    other = sqlite3.connect(paths.database)  # e.g. another window of the app
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("SELECT count(*) FROM units").fetchone()
    try:
        refused(paths, backup, "in use by another PROMISE tracker window")
    finally:
        other.close()


def test_restore_over_a_damaged_database_sets_its_bytes_aside(paths: AppPaths) -> None:
    backup = make_backup(paths, now=NOW)
    damage(paths.database)
    damaged_bytes = paths.database.read_bytes()
    result = restore_backup(paths, backup, now=NOW + dt.timedelta(hours=1))
    assert dump(paths.database) == dump(backup)
    assert result.previous is not None
    assert result.previous.name == "promise-tracker-damaged-20261120-100507.sqlite"
    # Every page as it was (the header only says the file is no longer in WAL mode).
    assert result.previous.read_bytes()[100:] == damaged_bytes[100:]
    kinds = [b.kind for b in list_backups(paths)]
    assert kinds == [BackupKind.DAMAGED, BackupKind.MANUAL]


def test_a_copy_that_cannot_be_written_says_what_to_do_without_raw_errors(
    paths: AppPaths, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    with pytest.raises(PromiseTrackerError) as raised:
        save_copy(paths, not_a_folder / "copy.sqlite")
    message = str(raised.value)
    assert message == (
        f"{not_a_folder / 'copy.sqlite'} could not be written. Check that the folder exists "
        "and that you can save files there. Nothing was changed."
    )
    assert "Errno" not in message

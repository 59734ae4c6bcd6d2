"""promise-tracker backup and restore as a user runs them, and killed half-way (kill -9)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from promise_tracker.cli import main
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.backups import list_backups
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.backup import PAUSE_ENV

Dump = dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data (four units, 2.5 MB: several steps of the backup API), built once."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def paths(demo_folder: Path, tmp_path: Path) -> AppPaths:
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    return resolve_paths(folder)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(database: Path) -> Dump:
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


def quick_check(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return str(connection.execute("PRAGMA quick_check").fetchone()[0])


def change_the_data(paths: AppPaths) -> None:
    """Remove some answers and edit a note, so the data differs from any earlier backup."""
    with contextlib.closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("DELETE FROM answers WHERE id IN (SELECT id FROM answers LIMIT 500)")
        connection.execute(
            "UPDATE answers SET note = 'changed after the backup' WHERE id = "
            "(SELECT max(id) FROM answers)"
        )
        connection.commit()


def whole_backups(paths: AppPaths) -> dict[str, str]:
    """The backups with a final name, by name, with a hash of their bytes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(paths.backups_dir.glob("*.sqlite"))
    }


def newest_backup(paths: AppPaths, kind: str) -> Path:
    return next(b.path for b in list_backups(paths) if b.kind.value == kind)


# --- backup and restore -----------------------------------------------------------------------


def test_backup_writes_a_private_manual_backup_and_lists_it(
    capsys: pytest.CaptureFixture[str], paths: AppPaths
) -> None:
    code, out, _ = run(capsys, "backup", "--data-dir", str(paths.data_dir))
    assert code == 0
    made = newest_backup(paths, "manual")
    assert out.startswith(f"Backup written to {made} (4 units, 14 rounds, ")
    assert dump(made) == dump(paths.database)
    if os.name == "posix":
        assert made.stat().st_mode & 0o777 == 0o600
        assert paths.backups_dir.stat().st_mode & 0o777 == 0o700

    change_the_data(paths)
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    code, out, _ = run(capsys, "backup", "--list", "--data-dir", str(paths.data_dir))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    newest = lines[0]
    assert "manual" in newest
    assert "4 units, 14 rounds, " in newest
    assert newest.endswith(newest_backup(paths, "manual").name)
    answers = [int(line.split(" rounds, ")[1].split(" answers")[0]) for line in lines]
    assert answers[1] - answers[0] == 500  # the older one still holds the deleted answers


def test_backup_list_in_an_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "backup", "--list", "--data-dir", str(tmp_path))
    assert code == 0
    assert out.strip() == f"No backups in {tmp_path / 'backups'} yet."


def test_backup_out_writes_a_copy_and_never_overwrites(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, tmp_path: Path
) -> None:
    copy = tmp_path / "stick" / "copy.sqlite"
    code, out, _ = run(capsys, "backup", "--data-dir", str(paths.data_dir), "--out", str(copy))
    assert code == 0
    assert out.startswith(f"Backup written to {copy}")
    assert dump(copy) == dump(paths.database)
    before = copy.read_bytes()
    change_the_data(paths)
    code, _, err = run(capsys, "backup", "--data-dir", str(paths.data_dir), "--out", str(copy))
    assert code == 1
    assert err.strip() == (
        f"promise-tracker: {copy} already exists. Choose another name, or remove that file first."
    )
    assert copy.read_bytes() == before


def test_backup_without_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "backup", "--data-dir", str(tmp_path))
    assert code == 1
    assert "nothing to back up" in err
    assert not (tmp_path / "promise-tracker.sqlite").exists()


def test_restore_replaces_the_data_and_keeps_what_it_replaced(
    capsys: pytest.CaptureFixture[str], paths: AppPaths
) -> None:
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    backup = newest_backup(paths, "manual")
    change_the_data(paths)
    changed = dump(paths.database)

    # The name as `backup --list` shows it is enough.
    code, out, _ = run(capsys, "restore", "--data-dir", str(paths.data_dir), backup.name)
    assert code == 0
    previous = newest_backup(paths, "before-restore")
    assert out.splitlines() == [
        f"Restored {backup} (4 units, 14 rounds, {dump(backup)['answers'].__len__()} answers).",
        f"The data as it was before is kept in {previous}",
    ]
    assert dump(paths.database) == dump(backup)
    assert dump(previous) == changed
    with open_workspace(paths) as workspace:
        assert len(workspace.assessment.units()) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not a PROMISE tracker database"),
        (b"id;name\n1;Barnahus\n", "is not a PROMISE tracker database"),
        (None, "newer version of PROMISE tracker (database format f00dfacefeed)"),
    ],
    ids=["empty", "csv", "newer"],
)
def test_restore_refuses_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    paths: AppPaths,
    tmp_path: Path,
    content: bytes | None,
    message: str,
) -> None:
    candidate = tmp_path / "candidate.sqlite"
    if content is None:
        shutil.copy(paths.database, candidate)
        with contextlib.closing(sqlite3.connect(candidate)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = 'f00dfacefeed'")
            connection.commit()
    else:
        candidate.write_bytes(content)
    before = paths.database.read_bytes()
    code, out, err = run(capsys, "restore", "--data-dir", str(paths.data_dir), str(candidate))
    assert code == 1
    assert out == ""
    assert err.startswith(f"promise-tracker: {candidate} ")
    assert message in err
    assert "Nothing was changed." in err
    assert "Error" not in err  # no raw exception text
    assert paths.database.read_bytes() == before
    assert not paths.backups_dir.exists() or whole_backups(paths) == {}
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        "promise-tracker.sqlite"
    ]


def test_restore_refuses_while_the_app_has_the_database_open(
    capsys: pytest.CaptureFixture[str], paths: AppPaths
) -> None:
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    backup = newest_backup(paths, "manual")
    change_the_data(paths)
    changed = dump(paths.database)
    with open_workspace(paths) as workspace:  # as the app holds it while a window is open
        workspace.assessment.units()
        code, _, err = run(capsys, "restore", "--data-dir", str(paths.data_dir), str(backup))
    assert code == 1
    assert "in use by another PROMISE tracker window" in err
    assert dump(paths.database) == changed
    assert list(whole_backups(paths)) == [backup.name]


# --- kill -9 half-way ---------------------------------------------------------------------------


def run_until_killed(paths: AppPaths, stage: str, *command: str) -> str:
    """Run the command in a new process, kill -9 it when it reaches `stage`; its stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "promise_tracker", *command, "--data-dir", str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, PAUSE_ENV: stage, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.strip() == f"paused at {stage}":
            process.kill()  # SIGKILL: no cleanup, no finally, no close
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, "".join(seen) + process.stderr.read()
    return "".join(seen)


def assert_usable(paths: AppPaths, expected: Dump, backups_before: dict[str, str]) -> None:
    assert quick_check(paths.database) == "ok"
    assert dump(paths.database) == expected
    after = whole_backups(paths)
    # Every backup there was is still there, byte for byte; every whole-named one is whole.
    assert {name: after.get(name) for name in backups_before} == backups_before
    for name in after:
        assert quick_check(paths.backups_dir / name) == "ok", name
    with open_workspace(paths) as workspace:
        assert len(workspace.assessment.units()) == 4


@pytest.mark.parametrize("stage", ["copying", "copied"])
def test_kill_during_a_backup_leaves_the_data_and_the_backups_whole(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, stage: str
) -> None:
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    change_the_data(paths)
    data = dump(paths.database)
    backups = whole_backups(paths)

    run_until_killed(paths, stage, "backup")

    assert_usable(paths, data, backups)
    assert whole_backups(paths) == backups  # no half-written file took a final name
    assert list(paths.backups_dir.glob("*.partial"))  # what was being written is set apart
    code, out, _ = run(capsys, "backup", "--list", "--data-dir", str(paths.data_dir))
    assert code == 0
    assert ".partial" not in out
    # The next backup works as usual.
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    assert len(whole_backups(paths)) == len(backups) + 1


@pytest.mark.parametrize(
    ("stage", "restored"),
    [
        ("copying@1", False),  # copying the backup beside the database
        ("copied@1", False),  # the copy complete, not yet renamed
        ("taken-over", False),  # the database made one plain file
        ("copying@2", False),  # backing up the current database
        ("copied@2", False),
        ("before-replace", False),
        ("replaced", True),  # renamed into place, before the last clean-up
    ],
)
def test_kill_during_a_restore_leaves_the_old_or_the_restored_data_never_a_mix(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, stage: str, restored: bool
) -> None:
    assert run(capsys, "backup", "--data-dir", str(paths.data_dir))[0] == 0
    backup = newest_backup(paths, "manual")
    change_the_data(paths)
    before, wanted = dump(paths.database), dump(backup)
    assert before != wanted
    backups = whole_backups(paths)

    run_until_killed(paths, stage, "restore", str(backup))

    assert_usable(paths, wanted if restored else before, backups)
    # Restoring again finishes the job, whatever was left behind.
    assert run(capsys, "restore", "--data-dir", str(paths.data_dir), str(backup))[0] == 0
    assert_usable(paths, wanted, backups)
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        "promise-tracker.sqlite"
    ]

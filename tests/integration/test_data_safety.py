"""The command line keeps data where asked and private, never leaves half a demo, says plainly
when the database is damaged or the drive nearly full, and ends quietly when its reader goes."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from promise_tracker.cli import main
from promise_tracker.paths import DATABASE_FILENAME, resolve_paths
from promise_tracker.services import demo as demo_module
from promise_tracker.services.demo_reset import BUILDING_PREFIX
from promise_tracker.services.workspace import open_workspace
from tests.unit.storage.helpers import FIXTURE_DATABASES

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows ignores mode bits")
PAGE = 4096


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def units_in(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT count(*) FROM units").fetchone()[0])


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """The most permissive umask: what the app creates must be private all the same."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


# --- odd folder names ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["q?x", "h#x", "p%41x", "a@b", "50% done"])
def test_demo_and_score_keep_the_database_in_a_folder_with_url_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "y" / name
    code, out, err = run(capsys, "demo", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert f"Demo data written to {folder}: 4 units" in out
    code, out, _ = run(capsys, "score", "--data-dir", str(folder), "--json")
    assert code == 0
    assert len(json.loads(out)["units"]) == 4
    assert units_in(folder / DATABASE_FILENAME) == 4
    # Nothing was created beside the folder (such as "/tmp/y/q" for "/tmp/y/q?x").
    assert [path.name for path in (tmp_path / "y").iterdir()] == [name]


# --- private files -----------------------------------------------------------------------------


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_demo_writes_private_folders_and_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    modes = {
        path.relative_to(tmp_path).as_posix(): mode(path) for path in (folder, *folder.rglob("*"))
    }
    assert modes == {
        "data": 0o700,
        "data/promise-tracker.sqlite": 0o600,
        "data/backups": 0o700,
        "data/logs": 0o700,
        "data/packs": 0o700,
        "data/settings": 0o700,
    }


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_the_backup_made_before_an_upgrade_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", folder / DATABASE_FILENAME)
    (folder / DATABASE_FILENAME).chmod(0o644)  # as an older version left it
    open_workspace(resolve_paths(folder)).close()  # upgrades it, after a backup
    backups = list((folder / "backups").iterdir())
    assert len(backups) == 1
    assert mode(folder / "backups") == 0o700
    assert mode(backups[0]) == 0o600
    assert mode(folder / DATABASE_FILENAME) == 0o600


# --- the demo is written whole or not at all ----------------------------------------------------


class _DiskFullError(Exception):
    """Stands for a full disk half-way through building the demo."""


def test_a_demo_that_fails_half_way_leaves_no_database_and_can_be_written_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    real_build_round = demo_module._build_round
    rounds: list[object] = []

    def failing_build_round(*args: Any, **kwargs: Any) -> tuple[int, int]:
        rounds.append(args)
        if len(rounds) == 5:  # a unit and four rounds are stored by then
            raise _DiskFullError("disk full")
        return real_build_round(*args, **kwargs)

    monkeypatch.setattr(demo_module, "_build_round", failing_build_round)
    with pytest.raises(_DiskFullError):
        main(["demo", "--data-dir", str(folder)])
    assert not (folder / DATABASE_FILENAME).exists()
    assert not list(folder.glob(f"{BUILDING_PREFIX}*"))  # the half-built file was removed

    monkeypatch.setattr(demo_module, "_build_round", real_build_round)
    code, out, err = run(capsys, "demo", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert "4 units, 14 rounds" in out
    assert units_in(folder / DATABASE_FILENAME) == 4


def test_a_demo_on_a_full_disk_says_so_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder / "x"))

    monkeypatch.setattr(tempfile, "mkstemp", full)
    code, out, err = run(capsys, "demo", "--data-dir", str(folder))
    assert (code, out) == (1, "")
    assert "the disk is full" in err
    assert "Traceback" not in err
    assert not (folder / DATABASE_FILENAME).exists()


KILLED_HALF_WAY = textwrap.dedent(
    """
    import os, signal, sys
    from promise_tracker.services import demo

    real_build_round = demo._build_round
    rounds = []

    def dying(*args, **kwargs):
        rounds.append(args)
        if len(rounds) == 5:
            os.kill(os.getpid(), signal.SIGKILL)  # no cleanup at all
        return real_build_round(*args, **kwargs)

    demo._build_round = dying
    from promise_tracker.cli import main
    main(["demo", "--data-dir", sys.argv[1]])
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_demo_killed_half_way_leaves_no_database_and_the_next_one_cleans_up(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_HALF_WAY, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not (folder / DATABASE_FILENAME).exists()
    leftovers = list(folder.glob(f"{BUILDING_PREFIX}*"))
    assert leftovers  # what the killed build had written, under a name nothing opens

    an_hour_ago = time.time() - 2 * 3600
    for leftover in leftovers:
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    code, _, err = run(capsys, "demo", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert units_in(folder / DATABASE_FILENAME) == 4
    assert not list(folder.glob(f"{BUILDING_PREFIX}*"))


def test_demo_fills_an_empty_database_and_still_refuses_one_with_units(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    open_workspace(resolve_paths(folder)).close()  # e.g. the window was opened once
    assert units_in(folder / DATABASE_FILENAME) == 0
    code, _, err = run(capsys, "demo", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert units_in(folder / DATABASE_FILENAME) == 4
    code, _, err = run(capsys, "demo", "--data-dir", str(folder))
    assert code == 1
    assert "already holds units" in err


# --- a damaged database --------------------------------------------------------------------------


def test_score_on_a_damaged_database_says_so_and_names_the_backup(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    database = folder / DATABASE_FILENAME
    backup = folder / "backups" / "promise-tracker-session-20260101-090000.sqlite"
    backup.parent.mkdir(exist_ok=True)
    shutil.copy(database, backup)
    content = bytearray(database.read_bytes())
    middle = len(content) // 2 // PAGE * PAGE
    content[middle : middle + 2 * PAGE] = b"\xa5" * (2 * PAGE)  # the header stays intact
    database.write_bytes(bytes(content))

    code, out, err = run(capsys, "score", "--data-dir", str(folder))
    assert code == 1
    assert out == ""
    assert f"The database {database} is damaged" in err
    assert f"The newest backup is {backup}" in err
    assert f"copy the backup over {database}" in err
    assert "Traceback" not in err
    assert database.read_bytes() == bytes(content)


# --- free disk space ----------------------------------------------------------------------------


class _Usage(NamedTuple):
    total: int
    used: int
    free: int


def test_score_warns_when_the_drive_is_nearly_full(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda path: _Usage(10**10, 10**10, 150_000_000))
    code, out, err = run(capsys, "score", "--data-dir", str(demo_folder))
    assert code == 0
    assert "Barnahus Norrvik (demo)" in out  # the work goes on
    assert err.startswith("promise-tracker: warning: The drive holding")
    assert "is nearly full: 150 MB free" in err
    assert "at least 200 MB" in err


def test_a_database_larger_than_half_the_free_space_is_warned_about(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = (demo_folder / DATABASE_FILENAME).stat().st_size
    monkeypatch.setattr(
        "promise_tracker.services.workspace.LOW_SPACE_FLOOR_BYTES", 1000
    )  # a tiny floor: the database's own size decides
    monkeypatch.setattr(shutil, "disk_usage", lambda path: _Usage(10**10, 10**10, 2 * size - 1))
    assert "nearly full" in run(capsys, "score", "--data-dir", str(demo_folder))[2]
    monkeypatch.setattr(shutil, "disk_usage", lambda path: _Usage(10**10, 10**10, 2 * size))
    assert run(capsys, "score", "--data-dir", str(demo_folder))[2] == ""


def test_enough_free_space_gives_no_warning(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda path: _Usage(10**12, 10**9, 10**11))
    assert run(capsys, "score", "--data-dir", str(demo_folder))[2] == ""


# --- output cut short ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
@pytest.mark.parametrize(
    "argv",
    [["score", "--json"], ["score"], ["validate", "standards/promise-bqs-2017.yaml"]],
    ids=["score --json", "score", "validate"],
)
def test_output_into_a_closed_pipe_ends_quietly(demo_folder: Path, argv: list[str]) -> None:
    # As `promise-tracker score --json | head -1`, with the reader gone before the first
    # line, so the outcome does not depend on timing.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "promise_tracker.cli", *argv, "--data-dir", str(demo_folder)]
            if argv[0] == "score"
            else [sys.executable, "-m", "promise_tracker.cli", *argv],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        os.close(writer)
    assert done.stderr == ""
    assert done.returncode == 141  # the shell's code for a command ended by a closed pipe

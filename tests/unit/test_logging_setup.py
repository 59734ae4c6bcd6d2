"""The log file: written in the data folder, rotated at startup when it grows too large."""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

import pytest

from promise_tracker import logging_setup
from promise_tracker.logging_setup import LOG_FILENAME, rotate, setup_logging


def test_records_reach_the_log_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    logging.getLogger("promise_tracker.test").info("hello from the test")
    for handler in logging.getLogger("promise_tracker").handlers:
        handler.flush()
    assert path == tmp_path / "logs" / LOG_FILENAME
    assert "hello from the test" in path.read_text(encoding="utf-8")


def test_a_large_log_is_moved_aside_and_the_oldest_dropped(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text("newest", encoding="utf-8")
    for number, text in ((1, "one"), (2, "two"), (3, "three")):
        (tmp_path / f"app.log.{number}").write_text(text, encoding="utf-8")
    rotate(log, max_bytes=3, backups=3)
    assert not log.exists()
    assert [(tmp_path / f"app.log.{n}").read_text(encoding="utf-8") for n in (1, 2, 3)] == [
        "newest",
        "one",
        "two",
    ]


def test_a_small_log_stays(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text("short", encoding="utf-8")
    rotate(log, max_bytes=1000)
    assert log.read_text(encoding="utf-8") == "short"


posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows ignores mode bits")


@posix_only
def test_the_log_is_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        path = setup_logging(tmp_path / "logs")
    finally:
        os.umask(previous)
    assert path is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@posix_only
def test_a_log_others_could_read_is_closed_and_the_log_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    old = folder / LOG_FILENAME
    old.write_text("from an older version\n", encoding="utf-8")
    old.chmod(0o644)
    (folder / f"{LOG_FILENAME}.1").write_text("older\n", encoding="utf-8")
    (folder / f"{LOG_FILENAME}.1").chmod(0o644)
    path = setup_logging(folder)
    for handler in logging.getLogger("promise_tracker").handlers:
        handler.flush()
    assert path == old
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / f"{LOG_FILENAME}.1").stat().st_mode) == 0o600
    text = old.read_text(encoding="utf-8")
    assert "from an older version" in text
    assert f"{old} could be read by other users (mode 644); it is now private (mode 600)" in text


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "logs"))

    monkeypatch.setattr(logging_setup, "make_private_folder", refuse)
    assert setup_logging(tmp_path / "logs") is None
    logging.getLogger("promise_tracker.test").warning("still logged somewhere")

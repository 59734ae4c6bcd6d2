"""The log file: written in the data folder, rotated at startup when it grows too large."""

from __future__ import annotations

import logging
from pathlib import Path

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

"""Logging to a file in the data folder, so problems can be reported afterwards."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILENAME = "promise-tracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to log_dir/promise-tracker.log and return its path.

    The file is rotated when a session starts (1 MB x 3 earlier files kept) rather than while
    writing: a session logs a few lines, and logging.handlers costs startup time.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    rotate(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("promise_tracker")
    # Repeated calls (tests, a second window) must not stack handlers.
    for old in list(root.handlers):
        if getattr(old, "_promise_tracker", False):
            root.removeHandler(old)
            old.close()
    handler._promise_tracker = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """Move a log file past `max_bytes` to path.1 (path.1 to path.2, ...; the oldest goes)."""
    try:
        if path.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    try:
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # another instance holds the file (Windows): keep appending to it

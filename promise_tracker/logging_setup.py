"""Logging to a file in the data folder, so problems can be reported afterwards."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from promise_tracker.paths import create_private_file, make_private, make_private_folder

LOG_FILENAME = "promise-tracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger(__name__)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to log_dir/promise-tracker.log and return its path.

    The file is rotated when a session starts (1 MB x 3 earlier files kept) rather than while
    writing: a session logs a few lines, and logging.handlers costs startup time. The folder
    and the files are private to their owner (0700 and 0600 on POSIX); files an older version
    left readable by others are closed, and the log says so.

    A folder the user may not write (a read-only data folder) must not keep the app from
    starting: the records then go to stderr, and None is returned.
    """
    path = log_dir / LOG_FILENAME
    handler: logging.Handler
    try:
        make_private_folder(log_dir, tighten=False)  # tightened below, once it can be logged
        rotate(path)
        if not path.exists():
            create_private_file(path)  # FileHandler would create it readable by others
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        problem: OSError | None = exc
    else:
        problem = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("promise_tracker")
    # Repeated calls (tests, a second window) must not stack handlers.
    for old in list(root.handlers):
        if getattr(old, "_promise_tracker", False):
            root.removeHandler(old)
            old.close()
    setattr(handler, "_promise_tracker", True)  # noqa: B010 (an attribute of our own)
    root.addHandler(handler)
    root.setLevel(level)
    if problem is not None:
        log.warning("Cannot write the log file %s (%s); logging to stderr", path, problem)
        return None
    # An older version's files are closed only now, so that the log says so.
    make_private(log_dir)
    make_private(path)
    for number in range(1, BACKUPS + 1):
        make_private(path.with_name(f"{path.name}.{number}"))
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

"""Logging to a rotating file in the data folder, so problems can be reported afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "promise-tracker.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to log_dir/promise-tracker.log (1 MB x 3) and return its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
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

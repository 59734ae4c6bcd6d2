"""Putting the demo data back as it was first built, without ever touching the user's data."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from promise_tracker.errors import ValidationError
from promise_tracker.i18n import translate
from promise_tracker.paths import DATABASE_FILENAME, AppPaths
from promise_tracker.services.demo import DemoSummary, build_demo
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.registry import PackRegistry

DEMO_PACK_ID = "promise-bqs-2017"
DEMO_FOLDER_NAME = "demo"
# SQLite keeps these next to the database file; a stale one must not outlive a rebuild.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def demo_paths_of(paths: AppPaths, *, is_demo: bool) -> AppPaths:
    """The demo folder that belongs to an open workspace's paths (its own, if it is the demo)."""
    return paths if is_demo else paths.demo()


def rebuild_demo(demo_paths: AppPaths, packs: PackRegistry) -> DemoSummary:
    """Build the demo afresh and put it in place of the demo database in `demo_paths`.

    The new data is written to a temporary folder beside the demo folder first, so a failure
    half-way leaves the old demo as it was. Any open workspace on the demo database must be
    closed before this is called. Refuses any folder that is not a demo folder, so the
    user's own database can never be replaced by mistake.
    """
    target = _checked_demo_database(demo_paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="demo-rebuild-", dir=target.parent.parent) as tmp:
        fresh_paths = AppPaths(data_dir=Path(tmp), config_dir=Path(tmp) / "settings")
        with open_workspace(fresh_paths, packs) as workspace:
            summary = build_demo(workspace.assessment, packs.latest(DEMO_PACK_ID))
        # Closing the workspace folded the write-ahead log into the file: one file to move.
        for suffix in _SIDE_FILES:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(fresh_paths.database, target)
    backups = demo_paths.backups_dir
    if backups.exists():
        shutil.rmtree(backups)  # backups of the old demo are no use any more
    return summary


def _checked_demo_database(demo_paths: AppPaths) -> Path:
    if demo_paths.database_url_override or demo_paths.data_dir.name != DEMO_FOLDER_NAME:
        raise ValidationError(
            translate(
                "DemoReset", "{folder} is not a demo data folder; only the demo can be reset."
            ).format(folder=demo_paths.data_dir)
        )
    return demo_paths.data_dir / DATABASE_FILENAME

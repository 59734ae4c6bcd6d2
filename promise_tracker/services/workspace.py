"""Opens everything a session of work needs from a data folder: packs, database, services."""

from __future__ import annotations

from dataclasses import dataclass

from promise_tracker.paths import AppPaths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.database import Database


@dataclass
class Workspace:
    paths: AppPaths
    packs: PackRegistry
    database: Database
    assessment: AssessmentService

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(paths: AppPaths, packs: PackRegistry | None = None) -> Workspace:
    """Create the folders, load the packs, open (and if needed migrate) the database."""
    paths.ensure()
    registry = packs if packs is not None else PackRegistry.load(paths.user_packs_dir)
    database = Database.open(paths.database_url, paths.backups_dir)
    return Workspace(paths, registry, database, AssessmentService(database, registry))

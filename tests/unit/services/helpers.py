"""Helpers for the service tests: rows read from the data's database on either engine."""

from __future__ import annotations

from promise_tracker.paths import AppPaths
from promise_tracker.storage.models import Base
from tests.unit.storage.helpers import read_rows


def table_rows(paths: AppPaths, *tables: str) -> dict[str, list[dict[str, object]]]:
    """Rows of the tables (all by default) of the data's database, whichever engine holds
    it, read with SQLAlchemy Core (not the app's repositories), ordered by id."""
    return read_rows(paths.database_url, tables or tuple(Base.metadata.tables))


def table_counts(paths: AppPaths, *tables: str) -> dict[str, int]:
    return {name: len(rows) for name, rows in table_rows(paths, *tables).items()}

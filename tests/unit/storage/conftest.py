"""Fixtures for the storage tests: databases in tmp_path and a private migrations folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from promise_tracker.storage.migrate import MIGRATIONS_DIR


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "promise.sqlite"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def database(db_path: Path, backup_dir: Path) -> Iterator[Database]:
    db = Database.open(sqlite_url(db_path), backup_dir)
    yield db
    db.close()


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped migration scripts, to which a test may add revisions."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target

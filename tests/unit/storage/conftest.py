"""Fixtures for the storage tests: databases in tmp_path or on the throwaway PostgreSQL server,
and a private migrations folder.

`database` is parametrised over both engines (`backend`): a test module about SQLite files by
nature (backups, quick_check, WAL, pragmas) overrides `backend` with `sqlite_only`.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from promise_tracker.storage.migrate import MIGRATIONS_DIR
from tests.unit.storage.helpers import BACKENDS, server_database_url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "promise.sqlite"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database engine a test runs on: an SQLite file, or a PostgreSQL server."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty database on the backend: a file in tmp_path, or a new server database whose
    collation is Swedish (ICU), as a Swedish IT department's server would have."""
    if backend == "sqlite":
        yield sqlite_url(db_path)
        return
    with server_database_url(request.getfixturevalue("postgres_server")) as url:
        yield url


@pytest.fixture
def database(database_url: str, backup_dir: Path) -> Iterator[Database]:
    db = Database.open(database_url, backup_dir)
    yield db
    db.close()


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped migration scripts, to which a test may add revisions."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target

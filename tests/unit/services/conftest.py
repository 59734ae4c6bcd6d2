"""Fixtures for the service tests: a data folder whose database is an SQLite file or a
database on the throwaway PostgreSQL server (`backend`), so that every use case is held to
the same results on both engines."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from promise_tracker.paths import AppPaths, resolve_paths
from tests.unit.storage.helpers import BACKENDS, server_database_url

DataPaths = Callable[[Path], AppPaths]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database engine a test runs on: an SQLite file, or a PostgreSQL server."""
    return str(request.param)


@pytest.fixture
def data_paths(backend: str, request: pytest.FixtureRequest) -> Iterator[DataPaths]:
    """Paths of a data folder; on "postgresql" each call gets a new, empty server database
    (with a Swedish collation) as its --db-url, dropped after the test."""
    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    with contextlib.ExitStack() as databases:

        def make(folder: Path) -> AppPaths:
            url = None if server is None else databases.enter_context(server_database_url(server))
            return resolve_paths(str(folder), url)

        yield make

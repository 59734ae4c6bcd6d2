"""Test setup shared by every test: headless Qt, and no test ever touches the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator

# Qt aborts without a display unless told to draw offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from tests.postgres import ThrowawayServer, throwaway_server


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME, XDG folders and the app's data-dir variable at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("PROMISE_TRACKER_DATA_DIR", raising=False)
    monkeypatch.delenv("PROMISE_TRACKER_DB_URL", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app never opens a network connection; any attempt fails the test loudly."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a test tried to open a network connection: {args!r}")

    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse(address)
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayServer]:
    """A real PostgreSQL server for the session (started on first use; see tests/postgres.py)."""
    with throwaway_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: ThrowawayServer) -> Iterator[str]:
    """The URL of a new, empty database on the throwaway server, as its superuser."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)

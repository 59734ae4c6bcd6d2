"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, Unix socket only.

The server is Debian's (the postgresql package, installed by scripts/setup.sh dev). It runs as
an unprivileged user when the tests run as root (PostgreSQL refuses to run as root, and CI
runs as root), listens on no TCP port at all (listen_addresses is empty; the socket is in the
server's own folder) and is stopped, and its folder removed, when the test session ends.

Authentication: the superuser SUPERUSER connects without a password, as an administrator on
the server's own machine would through peer authentication; every other role needs its
password (scram-sha-256), as the PCs of a network would.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Final
from urllib.parse import quote

SUPERUSER: Final = "pt_superuser"
_UNPRIVILEGED_USERS: Final = ("postgres", "nobody")
_names = count(1)


def postgres_bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them per version, outside PATH."""
    found = shutil.which("initdb")
    candidates = [Path(found).parent] if found else []
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates += [path.parent for path in versions]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def url_for(
    socket_dir: Path, database: str, user: str = SUPERUSER, password: str | None = None
) -> str:
    """A SQLAlchemy URL reaching the server through its Unix socket."""
    credentials = quote(user, safe="")
    if password is not None:
        credentials += ":" + quote(password, safe="")
    return f"postgresql+psycopg://{credentials}@/{database}?host={quote(str(socket_dir))}"


class ThrowawayServer:
    """One PostgreSQL server for the whole test session."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="promise-tracker-pg-"))
        self.data_dir = self.root / "data"
        self.socket_dir = self.root / "socket"
        self._run_as: str | None = None
        if os.geteuid() == 0:
            self._run_as = next((name for name in _UNPRIVILEGED_USERS if _user_exists(name)), None)
            if self._run_as is None:
                raise RuntimeError("No unprivileged user to run the PostgreSQL server as")

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bin_dir / program), *args]
        if self._run_as is None:
            return command
        return ["runuser", "-u", self._run_as, "--", *command]

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self._run_as is not None:
            record = pwd.getpwnam(self._run_as)
            for folder in (self.root, self.socket_dir):
                os.chown(folder, record.pw_uid, record.pw_gid)
        subprocess.run(
            self._command(
                "initdb",
                "--pgdata",
                str(self.data_dir),
                "--username",
                SUPERUSER,
                "--auth-local",
                "scram-sha-256",
                "--auth-host",
                "reject",
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            env=_plain_env(),
        )
        # The superuser first, without a password (as peer authentication on the server's
        # own machine would let its administrator in); everyone else with theirs.
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n", encoding="utf-8"
        )
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories='{self.socket_dir}'",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c shared_buffers=32MB",
            ]
        )
        subprocess.run(
            self._command(
                "pg_ctl",
                "--pgdata",
                str(self.data_dir),
                "--log",
                str(self.data_dir / "server.log"),
                "--options",
                options,
                "--wait",
                "start",
            ),
            check=True,
            capture_output=True,
            env=_plain_env(),
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            subprocess.run(
                self._command(
                    "pg_ctl", "--pgdata", str(self.data_dir), "--mode", "immediate", "stop"
                ),
                check=True,
                capture_output=True,
                env=_plain_env(),
            )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        return url_for(self.socket_dir, database, user, password)

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, each in its own transaction."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), dbname=database, user=SUPERUSER, autocommit=True
        ) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "test") -> str:
        """A new, empty database with a name no other test uses."""
        name = f"{prefix}_{os.getpid()}_{next(_names)}_{int(time.time() * 1000) % 100000}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _plain_env() -> dict[str, str]:
    """The environment without the libpq variables a developer's shell may carry."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PG")}


@contextlib.contextmanager
def throwaway_server() -> Iterator[ThrowawayServer]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL's initdb was not found; scripts/setup.sh dev installs Debian's "
            "postgresql package"
        )
    server = ThrowawayServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()

"""A network's database on the throwaway PostgreSQL server, set up as docs/server.md says.

An owner role that may create roles owns a new database and runs `server init` with a prefix
of its own (roles are cluster-wide, so every test's roles have names no other test uses);
everything is dropped afterwards: the database first, then the roles.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg

from promise_tracker.storage.server_setup import GroupRoles
from tests.postgres import ThrowawayServer

PASSWORD = "correct horse battery staple"


@dataclass
class Network:
    server: ThrowawayServer
    database: str
    roles: GroupRoles
    login_roles: list[str] = field(default_factory=list)

    @property
    def owner(self) -> str:
        return self.role("owner")

    def role(self, name: str) -> str:
        """A login role name of this test (unique on the cluster); dropped afterwards."""
        role = f"{self.database}_{name}"
        if role not in self.login_roles:
            self.login_roles.append(role)
        return role

    def url(self, role: str, password: str | None = PASSWORD) -> str:
        return self.server.url(self.database, role, password)

    @property
    def owner_url(self) -> str:
        return self.url(self.owner)

    def connect(
        self, role: str, password: str = PASSWORD
    ) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as role, for hand-written SQL (autocommit)."""
        return psycopg.connect(
            host=str(self.server.socket_dir),
            dbname=self.database,
            user=role,
            password=password,
            autocommit=True,
        )

    def superuser(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=str(self.server.socket_dir),
            dbname=self.database,
            user="pt_superuser",
            autocommit=True,
        )


@contextlib.contextmanager
def network_database(server: ThrowawayServer) -> Iterator[Network]:
    """A new database owned by a role with CREATEROLE (not a superuser), not yet set up."""
    database = server.new_database("net")
    network = Network(server=server, database=database, roles=GroupRoles(database))
    owner = network.owner
    try:
        server.execute(
            f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'",
            f'ALTER DATABASE "{database}" OWNER TO "{owner}"',
        )
        yield network
    finally:
        server.drop_database(database)
        people = [role for role in network.login_roles if role != owner]
        for role in [*people, *network.roles.all, owner]:
            with contextlib.suppress(Exception):
                server.execute(f'DROP ROLE IF EXISTS "{role}"')

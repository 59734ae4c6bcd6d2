"""A network's PostgreSQL database: its group roles, membership table, grants and row security.

One database holds one network's units. `server init` gives it three group roles, named from
a prefix chosen once (so two networks can share one PostgreSQL cluster, whose roles are
cluster-wide): PREFIX_admin manages units and members, PREFIX_coordinator reads every unit
and writes nothing, PREFIX_member reads and writes only the units listed for each of its
login roles in promise_tracker_server.memberships. The server enforces it, not the app: every
app table has row-level security enabled and forced, with the policies built here. The owner
of the tables (the role that created them, as IT staff) keeps full access through a policy of
its own, so that upgrades and copy-data see every row.

The membership table lives in its own schema, not in the app's (public): it is the server's
business, not part of the app's data, so the Alembic migrations, copy-data and the app's
checks of what a database holds never meet it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from promise_tracker.errors import DatabaseTooNewError, StorageError
from promise_tracker.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import URL, Connection

SERVER_SCHEMA: Final = "promise_tracker_server"
MEMBERSHIPS: Final = f"{SERVER_SCHEMA}.memberships"
SETTINGS: Final = f"{SERVER_SCHEMA}.settings"
DEFAULT_PREFIX: Final = "promise"
VERSION_TABLE: Final = "alembic_version"

_PREFIX_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")
# Login role names as sites name their users (anna, anna.berg, anna@region, lab_02), kept
# exactly as given; always written quoted, so the case is kept too.
_ROLE_PATTERN: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]{0,62}")

# "This row belongs to one of the current role's units", as SQL, for each way a table reaches
# its unit: its own unit_id, or its round's.
_MY_UNITS: Final = f"(SELECT m.unit_id FROM {MEMBERSHIPS} m WHERE m.role_name = current_user::text)"
_IN_MY_UNITS: Final = f"unit_id IN {_MY_UNITS}"
_IN_MY_ROUNDS: Final = (
    f"round_id IN (SELECT r.id FROM public.rounds r WHERE r.unit_id IN {_MY_UNITS})"
)
_WRITTEN_BY_ME: Final = "changed_by = current_user::text"

_ALL: Final = ("SELECT", "INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True)
class TableAccess:
    """Who may do what with one app table."""

    name: str
    # the rows of the current role's units (SQL condition)
    mine: str
    member_privileges: tuple[str, ...] = _ALL
    admin_privileges: tuple[str, ...] = _ALL
    # the history of changes: nobody writes a row in another role's name, nobody edits one
    history: bool = False


# Every table of the app (tests/integration/test_server_roles.py checks that none is missing).
APP_TABLES: Final = (
    # a member edits their unit's details but neither creates nor deletes units
    TableAccess("units", "id IN " + _MY_UNITS, member_privileges=("SELECT", "UPDATE")),
    TableAccess("rounds", _IN_MY_UNITS),
    TableAccess("respondents", _IN_MY_ROUNDS),
    TableAccess("answers", _IN_MY_ROUNDS),
    TableAccess("events", _IN_MY_UNITS),
    TableAccess("actions", _IN_MY_UNITS),
    TableAccess("barriers", _IN_MY_ROUNDS),
    TableAccess(
        "changes",
        _IN_MY_UNITS,
        member_privileges=("SELECT", "INSERT"),
        admin_privileges=("SELECT", "INSERT", "DELETE"),
        history=True,
    ),
)


@dataclass(frozen=True)
class GroupRoles:
    """The three group roles of one network."""

    prefix: str

    @property
    def admin(self) -> str:
        return f"{self.prefix}_admin"

    @property
    def coordinator(self) -> str:
        return f"{self.prefix}_coordinator"

    @property
    def member(self) -> str:
        return f"{self.prefix}_member"

    @property
    def all(self) -> tuple[str, str, str]:
        return (self.admin, self.coordinator, self.member)


@dataclass(frozen=True)
class InitResult:
    """What `server init` did."""

    roles: GroupRoles
    created_roles: tuple[str, ...]
    created_schema: bool
    revision: str


@dataclass(frozen=True)
class UnitRef:
    id: str
    name: str


@dataclass(frozen=True)
class Member:
    """A login role of the network and what it may reach."""

    role: str
    kinds: tuple[str, ...]  # "admin", "coordinator", "member"
    units: tuple[UnitRef, ...]
    exists: bool = True


@dataclass(frozen=True)
class UpgradeResult:
    old_revision: str | None
    revision: str
    access_applied: bool


class ServerSetupError(StorageError):
    """A server command could not be done (a problem of the server, the roles or the input)."""


# --------------------------------------------------------------------------- validation


def check_prefix(prefix: str) -> str:
    if not _PREFIX_PATTERN.fullmatch(prefix):
        raise ServerSetupError(
            translate(
                "Server",
                "The prefix “{prefix}” cannot be used: it must start with a lowercase letter "
                "and hold only lowercase letters, digits and _ (at most 40), e.g. promise or "
                "network_west.",
            ).format(prefix=prefix)
        )
    return prefix


def check_role_name(role: str) -> str:
    if not _ROLE_PATTERN.fullmatch(role):
        raise ServerSetupError(
            translate(
                "Server",
                "“{role}” cannot be used as a role name: use letters, digits and _ . @ - "
                "(at most 63, not starting with a digit), e.g. anna.berg.",
            ).format(role=role)
        )
    return role


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --------------------------------------------------------------------------- connections


@contextmanager
def server_transaction(url: str) -> Iterator[Connection]:
    """One connection to the server, in one transaction committed at the end (or undone).

    The server's failures (cannot connect, no permission...) become ServerSetupErrors.
    """
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from promise_tracker.storage.engine import make_migration_engine

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise _not_a_server_url(url) from exc
    if parsed.get_backend_name() != "postgresql":
        raise _not_a_server_url(url)
    subject = describe_database(parsed)
    try:
        engine = make_migration_engine(url)
    except Exception as exc:  # an unknown driver name, a bad option: the URL is wrong
        raise _not_a_server_url(url) from exc
    try:
        with engine.connect() as connection, connection.begin():
            yield connection
    except DBAPIError as exc:
        raise server_failure(subject, exc) from exc
    finally:
        engine.dispose()


def describe_database(parsed: URL) -> str:
    """The database as people name it: “promise” on dbhost (no password, no options)."""
    host = parsed.host or parsed.query.get("host") or "localhost"
    if not isinstance(host, str):
        host = ",".join(host)
    return translate("Server", "“{database}” on {host}").format(
        database=parsed.database or "", host=host
    )


def _not_a_server_url(url: str) -> ServerSetupError:
    return ServerSetupError(
        translate(
            "Server",
            "The server commands need the URL of a PostgreSQL database, such as "
            "postgresql+psycopg://ROLE@HOST/DATABASE, not “{url}”. Give it with --db-url "
            "or in the environment variable PROMISE_TRACKER_DB_URL.",
        ).format(url=_hide_password(url))
    )


def _hide_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def server_failure(subject: str, exc: BaseException) -> ServerSetupError:
    """What a failure of the server means, in words IT staff can act on."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    text = str(orig).strip()
    first_line = text.splitlines()[0] if text else type(orig).__name__
    lowered = text.lower()
    if state == "42501" or "permission denied" in lowered or "must be owner" in lowered:
        return ServerSetupError(
            translate(
                "Server",
                "The role used for the database {database} may not do this ({detail}). Run the "
                "server "
                "commands as the owner of the database (a role that may create roles, see "
                "docs/server.md); adding members of units may also be done by an administrator.",
            ).format(database=subject, detail=first_line)
        )
    if "password authentication failed" in lowered or state in ("28P01", "28000"):
        return ServerSetupError(
            translate(
                "Server",
                "The server refused to sign in to the database {database}: wrong role name or "
                "password, or "
                "the role may not connect. Check the password in ~/.pgpass (or the service "
                "file) and ask the server's administrator.",
            ).format(database=subject)
        )
    if "pg_hba.conf" in lowered:
        return ServerSetupError(
            translate(
                "Server",
                "The server does not let this role connect to the database {database} from "
                "this computer (or not without TLS). Ask the server's administrator to allow "
                "it in pg_hba.conf (docs/server.md, “Let the network's computers connect”).",
            ).format(database=subject)
        )
    if "certificate" in lowered:
        return ServerSetupError(
            translate(
                "Server",
                "The server of the database {database} could not be verified as the right one "
                "({detail}). Check the host name in the URL (it must be the one in the "
                "server's certificate) and the certificate file given as sslrootcert.",
            ).format(database=subject, detail=first_line)
        )
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return ServerSetupError(
            translate(
                "Server",
                "The database {database} does not exist. Create it first (docs/server.md, "
                "“Create the database”).",
            ).format(database=subject)
        )
    if (
        ("connection" in lowered and ("failed" in lowered or "refused" in lowered))
        or "could not connect" in lowered
        or "could not translate host name" in lowered
    ):
        return ServerSetupError(
            translate(
                "Server",
                "The server of the database {database} cannot be reached: check the host name, "
                "that the "
                "server is running and that this computer may connect to it ({detail}).",
            ).format(database=subject, detail=first_line)
        )
    return ServerSetupError(
        translate(
            "Server",
            "The server refused the change to the database {database}, so nothing was changed "
            "({detail}).",
        ).format(database=subject, detail=first_line)
    )


# --------------------------------------------------------------------------- reading the state


def _exists(connection: Connection, sql: str, **params: object) -> bool:
    from sqlalchemy import text

    return connection.execute(text(sql), params).first() is not None


def role_exists(connection: Connection, role: str) -> bool:
    return _exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = :role", role=role)


def _table_exists(connection: Connection, schema: str, table: str) -> bool:
    return _exists(
        connection,
        "SELECT 1 FROM pg_tables WHERE schemaname = :schema AND tablename = :table",
        schema=schema,
        table=table,
    )


def stored_prefix(connection: Connection) -> str | None:
    """The prefix `server init` chose for this database, or None before init."""
    from sqlalchemy import text

    if not _table_exists(connection, SERVER_SCHEMA, "settings"):
        return None
    row = connection.execute(
        text(f"SELECT value FROM {SETTINGS} WHERE name = 'role_prefix'")
    ).first()
    return None if row is None else str(row[0])


def network_roles(connection: Connection) -> GroupRoles:
    prefix = stored_prefix(connection)
    if prefix is None:
        raise ServerSetupError(
            translate(
                "Server",
                "This database is not set up for a network yet. Run “promise-tracker server "
                "init” on it first (docs/server.md).",
            )
        )
    return GroupRoles(prefix)


def _revisions(connection: Connection) -> tuple[str, ...]:
    from promise_tracker.storage.migrate import current_revisions

    if not _table_exists(connection, "public", VERSION_TABLE):
        return ()
    return current_revisions(connection)


def _app_tables_present(connection: Connection) -> list[str]:
    from sqlalchemy import text

    return [
        str(name)
        for (name,) in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        )
    ]


def _refuse_newer(revisions: Sequence[str], database: str) -> None:
    from promise_tracker import __version__
    from promise_tracker.storage.migrate import known_revisions

    known = known_revisions()
    unknown = [revision for revision in revisions if revision not in known]
    if unknown:
        raise DatabaseTooNewError(
            translate(
                "Server",
                "The database {database} was set up by a newer version of PROMISE tracker "
                "(database format "
                "{format}, unknown to this version, {version}). Use the newer version for the "
                "server commands; nothing was changed.",
            ).format(database=database, format=", ".join(unknown), version=__version__)
        )


def _subject(connection: Connection) -> str:
    return describe_database(connection.engine.url)


# --------------------------------------------------------------------------- init and upgrade


def init_server(url: str, prefix: str | None = None) -> InitResult:
    """Set up the database at url for a network (idempotent: again, it repairs the setup).

    An empty database gets the app's tables first (the Alembic migrations); one at an older
    format must be upgraded with upgrade_server, one of a newer format is refused.
    """
    if prefix is not None:
        check_prefix(prefix)
    from promise_tracker.storage.migrate import head_revision

    with server_transaction(url) as connection:
        subject = _subject(connection)
        revisions = _revisions(connection)
        _refuse_newer(revisions, subject)
        head = head_revision()
        created_schema = False
        if not revisions:
            others = [name for name in _app_tables_present(connection) if name != VERSION_TABLE]
            if others:
                raise ServerSetupError(
                    translate(
                        "Server",
                        "The database {database} holds tables that are not PROMISE tracker's "
                        "({tables}). "
                        "Set up the network in a new, empty database; nothing was changed.",
                    ).format(database=subject, tables=", ".join(sorted(others)[:5]))
                )
            _migrate(connection, subject, head)
            created_schema = True
        elif revisions != (head,):
            raise ServerSetupError(
                translate(
                    "Server",
                    "The database {database} is at an older database format ({old}; this version "
                    "writes "
                    "{new}). Back it up with pg_dump and run “promise-tracker server upgrade” "
                    "first; nothing was changed.",
                ).format(database=subject, old=", ".join(revisions), new=head)
            )
        existing = stored_prefix(connection)
        if existing is not None and prefix is not None and prefix != existing:
            raise ServerSetupError(
                translate(
                    "Server",
                    "This database was set up with the prefix “{existing}”, so its roles are "
                    "{existing}_admin, {existing}_coordinator and {existing}_member. Run init "
                    "again without --prefix (or with --prefix {existing}); nothing was changed.",
                ).format(existing=existing)
            )
        roles = GroupRoles(prefix or existing or DEFAULT_PREFIX)
        created = _create_group_roles(connection, roles)
        _create_server_tables(connection, roles)
        apply_access(connection, roles)
    return InitResult(
        roles=roles, created_roles=created, created_schema=created_schema, revision=head
    )


def upgrade_server(url: str) -> UpgradeResult:
    """Run the pending migrations in one transaction, then apply the access rules again."""
    from promise_tracker.storage.migrate import head_revision

    with server_transaction(url) as connection:
        subject = _subject(connection)
        revisions = _revisions(connection)
        _refuse_newer(revisions, subject)
        head = head_revision()
        if not revisions and any(name != VERSION_TABLE for name in _app_tables_present(connection)):
            raise ServerSetupError(
                translate(
                    "Server",
                    "The database {database} is not a PROMISE tracker database (it holds other "
                    "tables "
                    "and no database format); nothing was changed.",
                ).format(database=subject)
            )
        old = revisions[0] if revisions else None
        if revisions != (head,):
            _migrate(connection, subject, head)
            after = _revisions(connection)
            if after != (head,):
                raise ServerSetupError(
                    translate(
                        "Server",
                        "Upgrading the database {database} ended at database format {found}, not "
                        "{head}; "
                        "it was undone and nothing was changed.",
                    ).format(database=subject, found=", ".join(after), head=head)
                )
        prefix = stored_prefix(connection)
        if prefix is not None:
            roles = GroupRoles(prefix)
            _create_group_roles(connection, roles)
            _create_server_tables(connection, roles)
            apply_access(connection, roles)
    return UpgradeResult(old_revision=old, revision=head, access_applied=prefix is not None)


def _migrate(connection: Connection, subject: str, head: str) -> None:
    """Run the pending migrations inside the caller's transaction; a failure undoes them all."""
    from promise_tracker.storage.failures import driver_message
    from promise_tracker.storage.migrate import upgrade_to_head

    try:
        upgrade_to_head(connection)
    except Exception as exc:
        first_line = (driver_message(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ServerSetupError(
            translate(
                "Server",
                "Bringing the database {database} to database format {head} failed and was "
                "undone; nothing was changed ({detail}).",
            ).format(database=subject, head=head, detail=first_line)
        ) from exc


def _create_group_roles(connection: Connection, roles: GroupRoles) -> tuple[str, ...]:
    created = []
    for role in roles.all:
        if not role_exists(connection, role):
            _execute(connection, f"CREATE ROLE {quote_identifier(role)} NOLOGIN")
            created.append(role)
    # Administrators add existing login roles to the member group themselves.
    _execute(
        connection,
        f"GRANT {quote_identifier(roles.member)} TO {quote_identifier(roles.admin)} "
        "WITH ADMIN OPTION",
    )
    return tuple(created)


def _create_server_tables(connection: Connection, roles: GroupRoles) -> None:
    _execute(connection, f"CREATE SCHEMA IF NOT EXISTS {SERVER_SCHEMA}")
    _execute(
        connection,
        f"CREATE TABLE IF NOT EXISTS {SETTINGS} (name text PRIMARY KEY, value text NOT NULL)",
    )
    _execute(
        connection,
        f"INSERT INTO {SETTINGS} (name, value) VALUES ('role_prefix', "
        f"{_quote_literal(roles.prefix)}) ON CONFLICT (name) DO NOTHING",
    )
    _execute(
        connection,
        f"CREATE TABLE IF NOT EXISTS {MEMBERSHIPS} ("
        "role_name text NOT NULL, "
        "unit_id text NOT NULL REFERENCES public.units (id) ON DELETE CASCADE, "
        "PRIMARY KEY (role_name, unit_id))",
    )
    _execute(
        connection,
        f"CREATE INDEX IF NOT EXISTS memberships_unit_id ON {MEMBERSHIPS} (unit_id)",
    )


def apply_access(connection: Connection, roles: GroupRoles) -> None:
    """Grants and row-level security policies for every table there is (again: replaced)."""
    from sqlalchemy import text

    admin, coordinator, member = (quote_identifier(role) for role in roles.all)
    groups = f"{admin}, {coordinator}, {member}"
    database = quote_identifier(
        str(connection.execute(text("SELECT current_database()")).scalar_one())
    )
    owner = _owner_of_units(connection)
    # A network's database is for its own roles only (the owner and superusers keep access).
    _execute(connection, f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    _execute(connection, f"GRANT CONNECT ON DATABASE {database} TO {groups}")
    _execute(connection, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _execute(connection, f"GRANT USAGE ON SCHEMA public, {SERVER_SCHEMA} TO {groups}")
    _execute(connection, f"REVOKE ALL ON TABLE public.{VERSION_TABLE} FROM PUBLIC, {groups}")
    _execute(connection, f"GRANT SELECT ON TABLE public.{VERSION_TABLE} TO {groups}")
    _execute(connection, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}")
    _execute(
        connection, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {admin}, {member}"
    )

    for table in APP_TABLES:
        if not _table_exists(connection, "public", table.name):
            continue  # a table of a later format; init or upgrade covers it once it is there
        _apply_table_access(connection, table, roles, owner)

    # The server's own tables: everyone reads the settings; members see their own
    # memberships (the policies above read them as the member), administrators manage them.
    _execute(connection, f"REVOKE ALL ON TABLE {SETTINGS}, {MEMBERSHIPS} FROM PUBLIC, {groups}")
    _execute(connection, f"GRANT SELECT ON TABLE {SETTINGS} TO {groups}")
    _execute(connection, f"GRANT SELECT ON TABLE {MEMBERSHIPS} TO {member}, {coordinator}")
    _execute(connection, f"GRANT SELECT, INSERT, DELETE ON TABLE {MEMBERSHIPS} TO {admin}")
    _reset_policies(connection, SERVER_SCHEMA, "memberships")
    _execute(connection, f"ALTER TABLE {MEMBERSHIPS} ENABLE ROW LEVEL SECURITY")
    _execute(connection, f"ALTER TABLE {MEMBERSHIPS} FORCE ROW LEVEL SECURITY")
    _policy(connection, MEMBERSHIPS, "owner_all", "ALL", owner, "true", "true")
    _policy(connection, MEMBERSHIPS, "admin_all", "ALL", admin, "true", "true")
    _policy(connection, MEMBERSHIPS, "coordinator_read", "SELECT", coordinator, "true", None)
    _policy(
        connection,
        MEMBERSHIPS,
        "member_own",
        "SELECT",
        member,
        "role_name = current_user::text",
        None,
    )


def _apply_table_access(
    connection: Connection, table: TableAccess, roles: GroupRoles, owner: str
) -> None:
    admin, coordinator, member = (quote_identifier(role) for role in roles.all)
    name = f"public.{quote_identifier(table.name)}"
    _execute(
        connection, f"REVOKE ALL ON TABLE {name} FROM PUBLIC, {admin}, {coordinator}, {member}"
    )
    _execute(connection, f"GRANT {', '.join(table.admin_privileges)} ON TABLE {name} TO {admin}")
    _execute(connection, f"GRANT SELECT ON TABLE {name} TO {coordinator}")
    _execute(connection, f"GRANT {', '.join(table.member_privileges)} ON TABLE {name} TO {member}")
    _reset_policies(connection, "public", table.name)
    _execute(connection, f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
    _execute(connection, f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
    # The owner (IT staff: upgrades, copy-data) sees and writes every row, history included.
    _policy(connection, name, "owner_all", "ALL", owner, "true", "true")
    _policy(connection, name, "coordinator_read", "SELECT", coordinator, "true", None)
    if table.history:
        _policy(connection, name, "admin_read", "SELECT", admin, "true", None)
        _policy(connection, name, "admin_delete", "DELETE", admin, "true", None)
        _policy(connection, name, "admin_insert", "INSERT", admin, None, _WRITTEN_BY_ME)
        _policy(connection, name, "member_read", "SELECT", member, table.mine, None)
        _policy(
            connection,
            name,
            "member_insert",
            "INSERT",
            member,
            None,
            f"{table.mine} AND (round_id IS NULL OR {_IN_MY_ROUNDS}) AND {_WRITTEN_BY_ME}",
        )
        return
    _policy(connection, name, "admin_all", "ALL", admin, "true", "true")
    if table.member_privileges == _ALL:
        _policy(connection, name, "member_all", "ALL", member, table.mine, table.mine)
    else:
        _policy(connection, name, "member_read", "SELECT", member, table.mine, None)
        _policy(connection, name, "member_update", "UPDATE", member, table.mine, table.mine)


def _owner_of_units(connection: Connection) -> str:
    from sqlalchemy import text

    owner = connection.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'units'")
    ).scalar_one()
    return quote_identifier(str(owner))


def _reset_policies(connection: Connection, schema: str, table: str) -> None:
    from sqlalchemy import text

    names = connection.execute(
        text(
            "SELECT policyname FROM pg_policies WHERE schemaname = :schema AND tablename = :table"
        ),
        {"schema": schema, "table": table},
    ).scalars()
    for policy in list(names):
        _execute(
            connection,
            f"DROP POLICY {quote_identifier(str(policy))} ON "
            f"{quote_identifier(schema)}.{quote_identifier(table)}",
        )


def _policy(
    connection: Connection,
    table: str,
    name: str,
    command: str,
    role: str,
    using: str | None,
    check: str | None,
) -> None:
    sql = f"CREATE POLICY {name} ON {table} AS PERMISSIVE FOR {command} TO {role}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _execute(connection, sql)


def _execute(connection: Connection, sql: str) -> None:
    connection.exec_driver_sql(sql)


# --------------------------------------------------------------------------- members


def _find_units(connection: Connection, wanted: Sequence[str]) -> list[UnitRef]:
    """The units named by id or by name (a name must be unambiguous)."""
    from sqlalchemy import text

    units = [
        UnitRef(id=str(row[0]), name=str(row[1]))
        for row in connection.execute(text("SELECT id, name FROM public.units ORDER BY name"))
    ]
    found: list[UnitRef] = []
    for item in wanted:
        by_id = [unit for unit in units if unit.id == item]
        matches = by_id or [unit for unit in units if unit.name.casefold() == item.casefold()]
        if len(matches) > 1:
            raise ServerSetupError(
                translate(
                    "Server",
                    "More than one unit is called “{name}”: give its id instead ({ids}).",
                ).format(name=item, ids=", ".join(unit.id for unit in matches))
            )
        if not matches:
            known = ", ".join(f"{unit.name} ({unit.id})" for unit in units[:20])
            raise ServerSetupError(
                translate(
                    "Server",
                    "There is no unit “{name}” in this database. Give a unit's id or name; "
                    "the units are: {units}.",
                ).format(name=item, units=known or translate("Server", "none yet"))
            )
        if matches[0] not in found:
            found.append(matches[0])
    return found


def _refuse_group_role(role: str, roles: GroupRoles) -> None:
    if role in roles.all:
        raise ServerSetupError(
            translate(
                "Server",
                "{role} is one of the network's group roles; give the login role of a person "
                "instead.",
            ).format(role=role)
        )


def _ensure_login_role(connection: Connection, role: str, password: str | None) -> bool:
    """Create the login role if needed and set its password if one is given; True if created."""
    created = False
    if not role_exists(connection, role):
        _execute(connection, f"CREATE ROLE {quote_identifier(role)} LOGIN")
        created = True
    if password is not None:
        # Only the SCRAM verifier goes to the server (as psql's \password does), never the
        # password itself, so it is not in the server's statement log either.
        verifier = _scram_verifier(connection, role, password)
        _execute(
            connection,
            f"ALTER ROLE {quote_identifier(role)} PASSWORD {_quote_literal(verifier)}",
        )
    return created


def _scram_verifier(connection: Connection, role: str, password: str) -> str:
    driver_connection = connection.connection.driver_connection
    pgconn = driver_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def add_member(
    url: str, role: str, units: Sequence[str], password: str | None = None
) -> tuple[bool, list[UnitRef]]:
    """Make role a member of units (ids or names); returns (role created, the units)."""
    check_role_name(role)
    if not units:
        raise ServerSetupError(
            translate("Server", "Name at least one unit with --unit (its id or its name).")
        )
    from sqlalchemy import text

    with server_transaction(url) as connection:
        roles = network_roles(connection)
        _refuse_group_role(role, roles)
        found = _find_units(connection, units)
        created = _ensure_login_role(connection, role, password)
        _execute(connection, f"GRANT {quote_identifier(roles.member)} TO {quote_identifier(role)}")
        for unit in found:
            connection.execute(
                text(
                    f"INSERT INTO {MEMBERSHIPS} (role_name, unit_id) VALUES (:role, :unit) "
                    "ON CONFLICT DO NOTHING"
                ),
                {"role": role, "unit": unit.id},
            )
    return created, found


def add_to_group(url: str, role: str, kind: str, password: str | None = None) -> bool:
    """Make role a coordinator or an administrator (kind); returns whether it was created."""
    check_role_name(role)
    with server_transaction(url) as connection:
        roles = network_roles(connection)
        _refuse_group_role(role, roles)
        group = roles.coordinator if kind == "coordinator" else roles.admin
        created = _ensure_login_role(connection, role, password)
        _execute(connection, f"GRANT {quote_identifier(group)} TO {quote_identifier(role)}")
    return created


def remove_member(url: str, role: str, units: Sequence[str] = ()) -> list[UnitRef]:
    """Take role out of units (all of them without units); returns the units it left.

    A role left in no unit leaves the member group too. The login role itself is kept (other
    networks on the server may use it); DROP ROLE removes it.
    """
    check_role_name(role)
    from sqlalchemy import text

    with server_transaction(url) as connection:
        roles = network_roles(connection)
        current = _units_of(connection, role)
        if units:
            leaving = _find_units(connection, units)
            not_in = [unit for unit in leaving if unit not in current]
            if not_in:
                raise ServerSetupError(
                    translate(
                        "Server",
                        "{role} is not a member of {units}; nothing was changed.",
                    ).format(role=role, units=", ".join(unit.name for unit in not_in))
                )
        else:
            leaving = current
            if not leaving and not _in_group(connection, role, roles.member):
                raise ServerSetupError(
                    translate(
                        "Server",
                        "{role} is not a member of any unit; nothing was changed.",
                    ).format(role=role)
                )
        for unit in leaving:
            connection.execute(
                text(f"DELETE FROM {MEMBERSHIPS} WHERE role_name = :role AND unit_id = :unit"),
                {"role": role, "unit": unit.id},
            )
        if len(leaving) == len(current) and role_exists(connection, role):
            _execute(
                connection,
                f"REVOKE {quote_identifier(roles.member)} FROM {quote_identifier(role)}",
            )
    return leaving


def _units_of(connection: Connection, role: str) -> list[UnitRef]:
    from sqlalchemy import text

    return [
        UnitRef(id=str(row[0]), name=str(row[1]))
        for row in connection.execute(
            text(
                f"SELECT u.id, u.name FROM {MEMBERSHIPS} m JOIN public.units u "
                "ON u.id = m.unit_id WHERE m.role_name = :role ORDER BY u.name"
            ),
            {"role": role},
        )
    ]


def _in_group(connection: Connection, role: str, group: str) -> bool:
    return _exists(
        connection,
        "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles r ON r.oid = a.member WHERE g.rolname = :group AND r.rolname = :role",
        group=group,
        role=role,
    )


def list_members(url: str) -> list[Member]:
    """Every login role of the network with its groups and units, by role name."""
    from sqlalchemy import text

    with server_transaction(url) as connection:
        roles = network_roles(connection)
        kinds: dict[str, list[str]] = {}
        names = {roles.admin: "admin", roles.coordinator: "coordinator", roles.member: "member"}
        for group, member in connection.execute(
            text(
                "SELECT g.rolname, r.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles r ON r.oid = a.member "
                "WHERE g.rolname IN (:admin, :coordinator, :member)"
            ),
            {"admin": roles.admin, "coordinator": roles.coordinator, "member": roles.member},
        ):
            if str(member) in roles.all:
                continue  # the administrators' group may grant the member group
            kinds.setdefault(str(member), []).append(names[str(group)])
        units: dict[str, list[UnitRef]] = {}
        for role, unit_id, name in connection.execute(
            text(
                f"SELECT m.role_name, m.unit_id, u.name FROM {MEMBERSHIPS} m "
                "JOIN public.units u ON u.id = m.unit_id ORDER BY u.name"
            )
        ):
            units.setdefault(str(role), []).append(UnitRef(id=str(unit_id), name=str(name)))
        existing = {
            str(name)
            for (name,) in connection.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                {"names": sorted(set(kinds) | set(units))},
            )
        }
    order = ("admin", "coordinator", "member")
    return [
        Member(
            role=role,
            kinds=tuple(sorted(kinds.get(role, []), key=order.index)),
            units=tuple(units.get(role, [])),
            exists=role in existing,
        )
        for role in sorted(set(kinds) | set(units))
    ]

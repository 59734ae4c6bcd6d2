"""`promise-tracker server ...`: set up and run a network's shared PostgreSQL database.

See docs/server.md for the whole procedure an IT department follows.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from promise_tracker.errors import PromiseTrackerError

_URL_HELP = (
    "Every action works on the PostgreSQL database named by --db-url (or the environment "
    "variable PROMISE_TRACKER_DB_URL), e.g. postgresql+psycopg://promise_owner@dbhost/promise; "
    "the password comes from ~/.pgpass, a pg_service.conf service or PGPASSWORD, never from "
    "the command line. init, upgrade and adding coordinators and administrators need the "
    "database's owner (a role that may create roles); an administrator of the network may "
    "add and remove members of units. See docs/server.md."
)
_PASSWORD_HELP = (
    "ask for the role's password in the terminal (not shown while typed); without it the role "
    "is created without a password, for sites that sign in another way (Kerberos, certificates)"
)


def add_parsers(
    commands: Any, data_options: Callable[[argparse.ArgumentParser, bool], None]
) -> None:
    """Add the `server` command and its actions to the command-line parser."""
    server = commands.add_parser(
        "server",
        help="set up a network's shared PostgreSQL database: roles, members, upgrades",
        description="Sets up and maintains a network's shared PostgreSQL database. " + _URL_HELP,
    )
    data_options(server, True)
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, help=help_text, description=description + " " + _URL_HELP
        )
        data_options(parser, True)
        return parser

    init = action(
        "init",
        "create the app's tables, the roles and the access rules",
        "Creates the app's tables in an empty database, the group roles PREFIX_admin, "
        "PREFIX_coordinator and PREFIX_member, the membership table, the grants and the "
        "row-level security policies. Running it again repairs them.",
    )
    init.add_argument(
        "--prefix",
        help="the start of the group roles' names (default: promise; the one chosen at the "
        "first init is kept); give each network on one PostgreSQL server its own",
    )

    member = action(
        "add-member",
        "let a login role read and write one or more units",
        "Makes ROLE a member of each --unit: it reads and writes those units' data only. "
        "The login role is created if it does not exist.",
    )
    member.add_argument("role", metavar="ROLE", help="the login role (user name) of the person")
    member.add_argument(
        "--unit",
        dest="units",
        metavar="UNIT",
        action="append",
        required=True,
        help="the unit's id or name (repeat for several units)",
    )
    member.add_argument("--password-prompt", action="store_true", help=_PASSWORD_HELP)

    for name, who in (
        ("add-coordinator", "read every unit of the network and change nothing"),
        ("add-admin", "manage the network's units and members"),
    ):
        parser = action(
            name,
            f"let a login role {who}",
            f"Lets ROLE {who}. The login role is created if it does not exist.",
        )
        parser.add_argument("role", metavar="ROLE", help="the login role (user name)")
        parser.add_argument("--password-prompt", action="store_true", help=_PASSWORD_HELP)

    remove = action(
        "remove-member",
        "take a login role out of units",
        "Takes ROLE out of each --unit, or out of every unit without --unit. The login role "
        "itself is kept (DROP ROLE removes it).",
    )
    remove.add_argument("role", metavar="ROLE", help="the login role (user name)")
    remove.add_argument(
        "--unit",
        dest="units",
        metavar="UNIT",
        action="append",
        default=[],
        help="a unit's id or name",
    )

    action("members", "list who may reach what", "Lists the network's login roles and their units.")
    upgrade = action(
        "upgrade",
        "upgrade the database to this version's format",
        "Runs the pending database migrations in one transaction (all or nothing), then "
        "applies the grants and access rules again. Back the database up with pg_dump first.",
    )
    upgrade.add_argument(
        "--yes",
        action="store_true",
        help="do not ask whether the database was backed up (for scripts that ran pg_dump)",
    )


def _url(args: argparse.Namespace) -> str:
    url = getattr(args, "db_url", None) or os.environ.get("PROMISE_TRACKER_DB_URL")
    if not url:
        raise PromiseTrackerError(
            "Name the network's database with --db-url postgresql+psycopg://ROLE@HOST/DATABASE "
            "(or the environment variable PROMISE_TRACKER_DB_URL)."
        )
    return url


def _password(role: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise PromiseTrackerError(
            "--password-prompt asks for the password in a terminal, and there is none. Run the "
            "command in a terminal, or leave --password-prompt out and set the password with "
            "psql's \\password."
        )
    first = getpass.getpass(f"New password for {role}: ")
    if not first:
        raise PromiseTrackerError("An empty password protects nothing. Nothing was changed.")
    if getpass.getpass("The same password again: ") != first:
        raise PromiseTrackerError("The two passwords differ. Nothing was changed.")
    return first


def run(args: argparse.Namespace) -> int:
    """Run the `server` action chosen on the command line; returns the exit status."""
    from promise_tracker.storage import server_setup

    url = _url(args)
    action = args.server_action
    if action == "init":
        result = server_setup.init_server(url, args.prefix)
        if result.created_schema:
            print(f"Created the app's tables (database format {result.revision}).")
        for role in result.created_roles:
            print(f"Created the group role {role}.")
        roles = result.roles
        print(
            f"The database is set up for the network: administrators in {roles.admin}, "
            f"coordinators in {roles.coordinator}, members of units in {roles.member}. "
            "Row-level security is on for every table."
        )
        return 0
    if action == "add-member":
        password = _password(args.role) if args.password_prompt else None
        created, units = server_setup.add_member(url, args.role, args.units, password)
        if created:
            print(f"Created the login role {args.role}.")
        names = ", ".join(f"{unit.name} ({unit.id})" for unit in units)
        print(f"{args.role} reads and writes the data of: {names}.")
        return 0
    if action in ("add-coordinator", "add-admin"):
        kind = "coordinator" if action == "add-coordinator" else "admin"
        password = _password(args.role) if args.password_prompt else None
        created = server_setup.add_to_group(url, args.role, kind, password)
        if created:
            print(f"Created the login role {args.role}.")
        if kind == "coordinator":
            print(f"{args.role} reads every unit of the network and changes nothing.")
        else:
            print(f"{args.role} manages the network's units and members.")
        return 0
    if action == "remove-member":
        units = server_setup.remove_member(url, args.role, args.units)
        names = ", ".join(f"{unit.name} ({unit.id})" for unit in units) or "no unit"
        print(f"{args.role} no longer reaches: {names}.")
        return 0
    if action == "members":
        return _print_members(server_setup.list_members(url))
    if action == "upgrade":
        return _upgrade(url, args.yes)
    raise AssertionError(f"unhandled server action {action}")


def _print_members(members: list[Any]) -> int:
    if not members:
        print("No one yet: add people with `promise-tracker server add-member`.")
        return 0
    rows = [("ROLE", "ACCESS", "UNITS")]
    for member in members:
        kinds = ", ".join(member.kinds) or "-"
        if not member.exists:
            kinds += " (the role no longer exists)"
        units = "; ".join(f"{unit.name} ({unit.id})" for unit in member.units)
        if "admin" in member.kinds:
            units = "all units (manages them)" + (f"; member of {units}" if units else "")
        elif "coordinator" in member.kinds:
            units = "all units (reads)" + (f"; member of {units}" if units else "")
        rows.append((member.role, kinds, units or "-"))
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    for role, kinds, units in rows:
        print(f"{role:<{widths[0]}}  {kinds:<{widths[1]}}  {units}")
    return 0


def _upgrade(url: str, confirmed: bool) -> int:
    from promise_tracker.storage import server_setup

    print(
        "Before an upgrade, back the database up with PostgreSQL's own tool, e.g.\n"
        "  pg_dump --enable-row-security --format=custom --file=before-upgrade.dump DATABASE\n"
        "(pg_restore puts it back). The upgrade runs in one transaction: if it fails, "
        "nothing is changed.",
        file=sys.stderr,
    )
    if not confirmed:
        if not sys.stdin.isatty():
            raise PromiseTrackerError(
                "Confirm that the database was backed up: run the command again with --yes."
            )
        answer = input("Has the database been backed up with pg_dump? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was changed.")
            return 1
    result = server_setup.upgrade_server(url)
    if result.old_revision == result.revision:
        print(f"The database was already at format {result.revision}.")
    else:
        print(
            f"Upgraded the database from format {result.old_revision or 'none'} "
            f"to {result.revision}."
        )
    if result.access_applied:
        print("Applied the roles' grants and row-level security again.")
    else:
        print("The database is not set up for a network: run `promise-tracker server init`.")
    return 0

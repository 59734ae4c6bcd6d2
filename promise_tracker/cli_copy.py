"""`promise-tracker copy-data --from URL --to URL`: move all data between two databases."""

from __future__ import annotations

import argparse
from typing import Any

_DESCRIPTION = (
    "Copies every unit, round, respondent, answer, event, action and barrier (and the "
    "history of changes) from one PROMISE tracker database to another: from a database file "
    "on this computer to a network's PostgreSQL server, or back. Each of --from and --to is "
    "a database file (a path, or sqlite:///path) or a server URL "
    "(postgresql+psycopg://user@host/database; rather than a password in the URL, which "
    "others on this computer can see in the list of processes, use the environment "
    "variable PGPASSWORD, a .pgpass file or a libpq service file). The target is created "
    "or upgraded to this version's database format; the source must already be at it "
    "(open it once with this version). A target that holds "
    "data is refused unless --replace is given. The copy is all or nothing: if anything "
    "fails, the target is left as it was."
)


def add_parsers(commands: Any) -> None:
    """Add the `copy-data` command to the command-line parser."""
    copy = commands.add_parser(
        "copy-data",
        help="copy all data from one database to another (a file, a server)",
        description=_DESCRIPTION,
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        required=True,
        help="the database to copy from (a file path or a database URL)",
    )
    copy.add_argument(
        "--to",
        dest="target",
        metavar="URL",
        required=True,
        help="the database to copy into (a file path or a database URL)",
    )
    copy.add_argument(
        "--replace",
        action="store_true",
        help="delete everything the target holds and put the copied data in its place",
    )
    copy.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where backups of a target file are kept before it is upgraded (DIR/backups)",
    )


def run(args: argparse.Namespace) -> int:
    """Copy every row; returns the exit status."""
    from promise_tracker.i18n import translate
    from promise_tracker.paths import resolve_paths
    from promise_tracker.storage.copy import copy_data, database_url

    source = database_url(args.source, "--from")
    target = database_url(args.target, "--to")
    backup_dir = resolve_paths(getattr(args, "data_dir", None), None).backups_dir
    report = copy_data(source, target, backup_dir=backup_dir, replace=args.replace)
    print(
        translate("CopyData", "Copied {source} to {target}:").format(
            source=report.source, target=report.target
        )
    )
    width = max(len(name) for name, _count in report.rows)
    for name, count in report.rows:
        print(f"  {name:<{width}}  {count:>10,}")
    print(translate("CopyData", "Database format: {revision}.").format(revision=report.revision))
    return 0
